package nl.speelveld.assessment.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import nl.speelveld.conventions.events.EventSubject;
import nl.speelveld.conventions.persistence.TenantRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stored assessment: the outcome of the method together with exactly what it was computed from (the input
 * snapshot, its SHA-256 digest and the thresholds), so every number can be traced and recomputed later.
 */
@Entity
class Assessment extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.assessment.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("assessment", "assessments/" + id, initiativeId);
    }

    @Column(name = "initiative_id")
    UUID initiativeId;
    @Column(name = "as_of")
    LocalDate asOf;
    @Column(name = "method_version")
    String methodVersion;
    @Column(name = "threshold_set_version")
    String thresholdSetVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "reference_profile_ids")
    List<String> referenceProfileIds;
    @Column(name = "input_digest", length = 64)
    String inputDigest;
    /**
     * The canonical JSON of the input of an assessment stored before issue 15 (jsonb); null since then: the snapshot
     * is stored compressed in {@code assessment_snapshot} ({@link AssessmentStore}).
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "input_snapshot")
    String inputSnapshot;
    /** The initiative's title as read for this assessment, for the published views. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "initiative_title")
    Map<String, String> initiativeTitle;
    @JdbcTypeCode(SqlTypes.JSON)
    JsonNode thresholds;
    /**
     * The outcome as JSON text, stored as jsonb; written once, never built as a tree. Each indicator lists its first
     * {@link nl.speelveld.method.AssessmentOutcome#INPUTS_LISTED} inputs; all of them are in {@link AssessmentStore}.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    String outcome;

    protected Assessment() {
    }

    Assessment(String municipalityCode) {
        super(municipalityCode);
    }
}
