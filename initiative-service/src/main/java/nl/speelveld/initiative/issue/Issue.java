package nl.speelveld.initiative.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.speelveld.conventions.events.EventSubject;
import nl.speelveld.conventions.persistence.TenantRecord;
import nl.speelveld.initiative.initiative.PolicyDomain;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An issue (kwestie) raised around an initiative. Issues left out of the problem definition are kept too: they feed
 * scope coverage and the broadening preview of the feasibility-inclusivity dilemma.
 */
@Entity
class Issue extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.issue.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("issue", "initiatives/" + initiativeId + "/issues/" + id, initiativeId);
    }

    @Column(name = "initiative_id", nullable = false, updatable = false)
    UUID initiativeId;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> label;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> description;
    @Enumerated(EnumType.STRING)
    PolicyDomain domain;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "raised_by_group_ids")
    List<UUID> raisedByGroupIds = new ArrayList<>();
    @Column(name = "raised_on")
    LocalDate raisedOn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "scope_note")
    Map<String, String> scopeNote;
    /** Derived: whether the current problem definition has this issue in scope; set only by that definition. */
    @Column(name = "in_scope", nullable = false)
    boolean inScope;

    protected Issue() {
    }

    Issue(String municipalityCode, UUID initiativeId) {
        super(municipalityCode);
        this.initiativeId = initiativeId;
    }

    void apply(IssueRequest request) {
        label = request.label();
        description = request.description();
        domain = request.domain();
        raisedByGroupIds = request.raisedByGroupIds() == null ? new ArrayList<>()
                : new ArrayList<>(request.raisedByGroupIds());
        raisedOn = request.raisedOn();
        scopeNote = request.scopeNote();
    }

    /** Follows the current problem definition; a change raises the version, so the ETag tells clients. */
    void scopedBy(boolean inScope) {
        this.inScope = inScope;
    }
}
