package nl.speelveld.assessment.scenario;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.speelveld.conventions.events.EventSubject;
import nl.speelveld.conventions.persistence.TenantRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.UUID;

/**
 * A what-if scenario: changes tried on a copy of one assessment's input snapshot, with the outcome and the delta the
 * method gave. Never changed once stored (only deleted); it changes no other record anywhere.
 */
@Entity
@Table(name = "scenario")
class Scenario extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.scenario.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("scenario", "assessments/" + assessmentId + "/scenarios/" + id, null).with("assessmentId", assessmentId);
    }

    @Column(name = "assessment_id")
    UUID assessmentId;
    String label;
    /** The changes as the caller sent them (JSON text). */
    @JdbcTypeCode(SqlTypes.JSON)
    String changes;
    /** The method's outcome on the changed copy (JSON text). */
    @JdbcTypeCode(SqlTypes.JSON)
    String result;
    /** The difference with the assessment's own outcome (JSON text). */
    @JdbcTypeCode(SqlTypes.JSON)
    String delta;

    protected Scenario() {
    }

    Scenario(String municipalityCode, UUID assessmentId, String label) {
        super(municipalityCode);
        this.assessmentId = assessmentId;
        this.label = label;
    }
}
