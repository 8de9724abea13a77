package nl.speelveld.assessment.assessment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.method.AssessmentInput;
import nl.speelveld.method.Thresholds;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * What the other features may read about stored assessments, inside their own transaction: which initiative an
 * assessment of the caller's municipality is about. The assessment's entity and repository stay inside this package.
 */
@ApplicationScoped
public class AssessmentReferences {

    private final AssessmentRepository assessments;
    private final AssessmentService service;
    private final ObjectMapper stored;

    private final AssessmentStore store;

    AssessmentReferences(AssessmentRepository assessments, AssessmentService service, AssessmentStore store) {
        this.store = store;
        this.assessments = assessments;
        this.service = service;
        // The stored snapshot is this service's own canonical JSON, not a client's input: it is read without the
        // bounds every request body gets (StrictJson: at most 1,000 items per array), which an initiative of more
        // than 1,000 groups or interests exceeds (what-if scenarios on such an assessment answered 500).
        this.stored = JsonMapper.builder().findAndAddModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /**
     * What an assessment was computed from, as stored with it: its input snapshot and its thresholds. What-if
     * scenarios are computed from this alone, without reading the other services.
     */
    public record Basis(UUID assessmentId, UUID initiativeId, AssessmentInput input, Thresholds thresholds) {
    }

    /** The basis of assessment {@code assessmentId} in {@code municipality}; 404 when there is no such one. */
    public Basis basisOf(String municipality, UUID assessmentId) {
        Assessment a = assessments.findForTenant(municipality, assessmentId)
                .orElseThrow(() -> ApiException.notFound("assessment", assessmentId));
        try (InputStream snapshot = store.snapshot(a.id())) {
            AssessmentInput input = snapshot != null ? stored.readValue(snapshot, AssessmentInput.class)
                    : stored.readValue(a.inputSnapshot, AssessmentInput.class);
            return new Basis(a.id(), a.initiativeId, input, service.thresholds(a));
        } catch (IOException e) {
            throw new IllegalStateException("the input snapshot of assessment " + a.id() + " cannot be read", e);
        }
    }

    /** The initiative of assessment {@code assessmentId} in {@code municipality}; 404 when there is no such one. */
    public UUID initiativeOf(String municipality, UUID assessmentId) {
        return assessments.findForTenant(municipality, assessmentId).map(a -> a.initiativeId)
                .orElseThrow(() -> ApiException.notFound("assessment", assessmentId));
    }
}
