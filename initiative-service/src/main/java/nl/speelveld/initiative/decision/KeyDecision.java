package nl.speelveld.initiative.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.speelveld.conventions.events.EventSubject;
import nl.speelveld.conventions.persistence.TenantRecord;
import nl.speelveld.conventions.vocabulary.DecisionMaker;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A decision taken in an initiative, and by whom: who decides shows how much autonomy the citizens hold. Append-only:
 * a decision that is reversed is a new decision.
 */
@Entity
@Table(name = "key_decision")
class KeyDecision extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.key-decision.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("key-decision", "initiatives/" + initiativeId + "/key-decisions/" + id, initiativeId);
    }

    @Column(name = "initiative_id", nullable = false, updatable = false)
    UUID initiativeId;
    @Column(updatable = false)
    String subject;
    @Column(name = "decided_on", updatable = false)
    LocalDate decidedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by", updatable = false)
    DecisionMaker decidedBy;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "issue_ids", updatable = false)
    List<UUID> issueIds = new ArrayList<>();

    protected KeyDecision() {
    }

    KeyDecision(String municipalityCode, UUID initiativeId, KeyDecisionRequest request) {
        super(municipalityCode);
        this.initiativeId = initiativeId;
        this.subject = request.subject();
        this.decidedOn = request.decidedOn();
        this.decidedBy = request.decidedBy();
        this.issueIds = request.issueIds() == null ? new ArrayList<>() : new ArrayList<>(request.issueIds());
    }
}
