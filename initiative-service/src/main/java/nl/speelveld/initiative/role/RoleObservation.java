package nl.speelveld.initiative.role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.speelveld.conventions.events.EventSubject;
import nl.speelveld.conventions.persistence.TenantRecord;
import nl.speelveld.conventions.vocabulary.EvidenceType;
import nl.speelveld.conventions.vocabulary.GovernmentRole;
import nl.speelveld.conventions.vocabulary.StakeholderSource;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An observation of the government's role in an initiative: the role taken, or the role perceived, wanted or expected
 * by one of the four sources. Append-only: the history of observations is what shows role tension and drift.
 */
@Entity
@Table(name = "role_observation")
class RoleObservation extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.role-observation.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("role-observation", "initiatives/" + initiativeId + "/role-observations/" + id, initiativeId);
    }

    @Column(name = "initiative_id", nullable = false, updatable = false)
    UUID initiativeId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    RoleObservationKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "holder_source", updatable = false)
    StakeholderSource holderSource;
    @Column(name = "holder_group_id", updatable = false)
    UUID holderGroupId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    GovernmentRole role;
    @Column(name = "observed_on", updatable = false)
    LocalDate observedOn;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    EvidenceType evidence;
    @Column(updatable = false)
    String note;

    protected RoleObservation() {
    }

    RoleObservation(String municipalityCode, UUID initiativeId, RoleObservationRequest request) {
        super(municipalityCode);
        this.initiativeId = initiativeId;
        this.kind = request.kind();
        this.holderSource = request.holderSource();
        this.holderGroupId = request.holderGroupId();
        this.role = request.role();
        this.observedOn = request.observedOn();
        this.evidence = request.evidence();
        this.note = request.note();
    }
}
