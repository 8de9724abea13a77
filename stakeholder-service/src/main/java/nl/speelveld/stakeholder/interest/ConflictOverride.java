package nl.speelveld.stakeholder.interest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.speelveld.conventions.events.EventSubject;
import nl.speelveld.conventions.persistence.TenantRecord;

import java.util.UUID;

/**
 * A person's correction of the stance rule for one pair of interests on the same issue: they do conflict (e.g. both
 * "support" mutually exclusive options) or they do not. Append-only; the latest override of a pair wins.
 */
@Entity
@Table(name = "conflict_override")
class ConflictOverride extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.conflict-override.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("conflict-override", "conflict-overrides/" + id, initiativeId);
    }

    @Column(name = "initiative_id")
    UUID initiativeId;
    @Column(name = "issue_id")
    UUID issueId;
    @Column(name = "interest_id_a")
    UUID interestIdA;
    @Column(name = "interest_id_b")
    UUID interestIdB;
    @Enumerated(EnumType.STRING)
    ConflictRelation relation;
    String reason;

    protected ConflictOverride() {
    }

    ConflictOverride(String municipalityCode, Interest a, Interest b, ConflictOverrideRequest request) {
        super(municipalityCode);
        initiativeId = a.initiativeId();
        issueId = a.issueId();
        interestIdA = a.id();
        interestIdB = b.id();
        relation = request.relation();
        reason = request.reason();
    }
}
