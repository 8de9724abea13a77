package nl.speelveld.stakeholder.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.speelveld.conventions.events.EventSubject;
import nl.speelveld.conventions.persistence.TenantRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/**
 * A reference population of the municipality (not of one initiative) that participants are compared with, uploaded
 * with its source table and year; never fetched at runtime. Anything but all residents needs a rationale.
 */
@Entity
@Table(name = "population_profile")
class PopulationProfile extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.population-profile.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("population-profile", "population-profiles/" + id, null);
    }

    String name;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "area_codes")
    List<String> areaCodes = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    ReferenceBasis basis;
    String rationale;
    @Enumerated(EnumType.STRING)
    ReferenceSource source;
    @Column(name = "source_table")
    String sourceTable;
    @Column(name = "reference_year")
    Integer referenceYear;
    @JdbcTypeCode(SqlTypes.JSON)
    List<Share> shares = new ArrayList<>();

    protected PopulationProfile() {
    }

    PopulationProfile(String municipalityCode, PopulationProfileRequest request) {
        super(municipalityCode);
        name = request.name();
        areaCodes = request.areaCodes() == null ? new ArrayList<>() : new ArrayList<>(request.areaCodes());
        basis = request.basis();
        rationale = request.rationale();
        source = request.source();
        sourceTable = request.sourceTable();
        referenceYear = request.referenceYear();
        shares = new ArrayList<>(request.shares());
    }
}
