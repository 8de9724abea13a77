package nl.speelveld.initiative.initiative;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import nl.speelveld.conventions.events.EventSubject;
import nl.speelveld.conventions.persistence.TenantRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A citizen initiative, co-production or citizen collective the municipality works with: the object whose two
 * dilemmas (feasibility versus inclusivity, the government's role) Speelveld makes visible.
 */
@Entity
public class Initiative extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.initiative.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("initiative", "initiatives/" + id, id);
    }

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> title;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> summary;
    @Enumerated(EnumType.STRING)
    InitiativeType type;
    @Enumerated(EnumType.STRING)
    Origin origin;
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form")
    LegalForm legalForm;
    @Column(name = "challenge_right")
    Boolean challengeRight;
    @Enumerated(EnumType.STRING)
    @Column(name = "primary_domain")
    PolicyDomain primaryDomain;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "secondary_domains")
    List<PolicyDomain> secondaryDomains = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    LifecyclePhase phase;
    @ElementCollection
    @CollectionTable(name = "initiative_area_code", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    @Column(name = "area_code")
    List<String> areaCodes = new ArrayList<>();
    @Column(name = "started_on")
    LocalDate startedOn;
    @Column(name = "budget_per_year")
    Long budgetPerYear;
    @Column(name = "government_funding_per_year")
    Long governmentFundingPerYear;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "coproduction_stages")
    List<CoproductionStage> coproductionStages = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "coproduction_level")
    CoproductionLevel coproductionLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "task_nature")
    TaskNature taskNature;
    @Enumerated(EnumType.STRING)
    @Column(name = "citizen_role")
    CitizenRole citizenRole;
    @Enumerated(EnumType.STRING)
    @Column(name = "participation_level")
    ParticipationLevel participationLevel;
    @ElementCollection
    @CollectionTable(name = "initiative_external_ref", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    List<ExternalRef> externalRefs = new ArrayList<>();
    @Column(name = "search_text", insertable = false, updatable = false)
    String searchText;

    protected Initiative() {
    }

    Initiative(String municipalityCode) {
        super(municipalityCode);
    }

    /** Copies every writable field from a validated request; the phase only on creation (later: transitions). */
    void apply(InitiativeRequest request, boolean creating) {
        title = request.title();
        summary = request.summary();
        type = request.type();
        origin = request.origin();
        legalForm = request.legalForm();
        challengeRight = request.challengeRight();
        primaryDomain = request.primaryDomain();
        secondaryDomains = new ArrayList<>(nullToEmpty(request.secondaryDomains()));
        if (creating) {
            phase = request.phase() == null ? LifecyclePhase.IDEA : request.phase();
        }
        areaCodes.clear();
        areaCodes.addAll(nullToEmpty(request.areaCodes()));
        startedOn = request.startedOn();
        budgetPerYear = request.budgetPerYear();
        governmentFundingPerYear = request.governmentFundingPerYear();
        coproductionStages = new ArrayList<>(nullToEmpty(request.coproductionStages()));
        coproductionLevel = request.coproductionLevel();
        taskNature = request.taskNature();
        citizenRole = request.citizenRole();
        participationLevel = request.participationLevel();
        externalRefs.clear();
        nullToEmpty(request.externalRefs()).forEach(r -> externalRefs.add(new ExternalRef(municipalityCode, r)));
    }

    public void moveTo(LifecyclePhase next) {
        markChange("phase-changed");
        this.phase = next;
    }

    public LifecyclePhase phase() {
        return phase;
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
