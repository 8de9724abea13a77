package nl.speelveld.initiative.problemdefinition;

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
import java.util.Map;
import java.util.UUID;

/**
 * One version of how an initiative's problem is framed and which issues it takes in scope. Versions are never
 * changed: a new framing is the next version, so the narrowing or broadening of the scope stays visible over time.
 */
@Entity
@Table(name = "problem_definition")
class ProblemDefinition extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.problem-definition.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("problem-definition", "initiatives/" + initiativeId + "/problem-definitions/" + id, initiativeId);
    }

    @Column(name = "initiative_id", nullable = false, updatable = false)
    UUID initiativeId;
    @Column(nullable = false, updatable = false)
    int sequence;
    @Column(updatable = false)
    UUID supersedes;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    Map<String, String> statement;
    @Enumerated(EnumType.STRING)
    @Column(name = "framed_by", updatable = false)
    FramedBy framedBy;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "issue_ids_in_scope", updatable = false)
    List<UUID> issueIdsInScope = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    Map<String, String> rationale;

    protected ProblemDefinition() {
    }

    /** The next version after {@code previous} (null for the first). */
    ProblemDefinition(String municipalityCode, UUID initiativeId, ProblemDefinition previous,
            ProblemDefinitionRequest request) {
        super(municipalityCode);
        this.initiativeId = initiativeId;
        this.sequence = previous == null ? 1 : previous.sequence + 1;
        this.supersedes = previous == null ? null : previous.id();
        this.statement = request.statement();
        this.framedBy = request.framedBy();
        this.issueIdsInScope = request.issueIdsInScope() == null ? new ArrayList<>()
                : new ArrayList<>(request.issueIdsInScope());
        this.rationale = request.rationale();
    }
}
