package nl.speelveld.stakeholder.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.speelveld.conventions.events.EventSubject;
import nl.speelveld.conventions.persistence.TenantRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * When and how the active citizens consulted their constituency (achterban), how many they reached and what most of
 * it thought per issue: the evidence against (or for) drift away from the constituency.
 */
@Entity
@Table(name = "constituency_consultation")
class ConstituencyConsultation extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.constituency-consultation.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("constituency-consultation", "constituency-consultations/" + id, initiativeId);
    }

    @Column(name = "initiative_id")
    UUID initiativeId;
    @Column(name = "representative_group_id")
    UUID representativeGroupId;
    @Column(name = "constituency_group_id")
    UUID constituencyGroupId;
    @Column(name = "held_on")
    LocalDate heldOn;
    @Enumerated(EnumType.STRING)
    ConsultationMethod method;
    @Column(name = "constituency_size")
    Integer constituencySize;
    Integer respondents;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "issue_stances")
    List<IssueStance> issueStances = new ArrayList<>();

    protected ConstituencyConsultation() {
    }

    ConstituencyConsultation(String municipalityCode, ConstituencyConsultationRequest request) {
        super(municipalityCode);
        initiativeId = request.initiativeId();
        representativeGroupId = request.representativeGroupId();
        constituencyGroupId = request.constituencyGroupId();
        heldOn = request.heldOn();
        method = request.method();
        constituencySize = request.constituencySize();
        respondents = request.respondents();
        issueStances = request.issueStances() == null ? new ArrayList<>() : new ArrayList<>(request.issueStances());
    }
}
