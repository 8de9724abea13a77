package nl.speelveld.assessment.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
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
    private final ObjectMapper json;

    private final AssessmentStore store;

    AssessmentReferences(AssessmentRepository assessments, AssessmentService service, ObjectMapper json,
            AssessmentStore store) {
        this.store = store;
        this.assessments = assessments;
        this.service = service;
        this.json = json;
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
        try (InputStream stored = store.snapshot(a.id())) {
            AssessmentInput input = stored != null ? json.readValue(stored, AssessmentInput.class)
                    : json.readValue(a.inputSnapshot, AssessmentInput.class);
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
