package nl.speelveld.initiative.phase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.speelveld.conventions.events.EventSubject;
import nl.speelveld.conventions.persistence.TenantRecord;
import nl.speelveld.initiative.initiative.LifecyclePhase;

import java.time.LocalDate;
import java.util.UUID;

/** A change of an initiative's lifecycle phase, with the reason: the phase history the initiative itself lacks. */
@Entity
@Table(name = "phase_transition")
class PhaseTransition extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.phase-transition.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("phase-transition", "initiatives/" + initiativeId + "/phase-transitions/" + id, initiativeId);
    }

    @Column(name = "initiative_id", nullable = false, updatable = false)
    UUID initiativeId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_phase", updatable = false)
    LifecyclePhase from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_phase", updatable = false)
    LifecyclePhase to;
    @Column(name = "transitioned_on", updatable = false)
    LocalDate on;
    @Column(updatable = false)
    String reason;

    protected PhaseTransition() {
    }

    PhaseTransition(String municipalityCode, UUID initiativeId, LifecyclePhase from, LifecyclePhase to, LocalDate on,
            String reason) {
        super(municipalityCode);
        this.initiativeId = initiativeId;
        this.from = from;
        this.to = to;
        this.on = on;
        this.reason = reason;
    }
}
