package nl.speelveld.assessment.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.problem.ApiException;

import java.util.UUID;

/**
 * What the other features may read about stored assessments, inside their own transaction: which initiative an
 * assessment of the caller's municipality is about. The assessment's entity and repository stay inside this package.
 */
@ApplicationScoped
public class AssessmentReferences {

    private final AssessmentRepository assessments;

    AssessmentReferences(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    /** The initiative of assessment {@code assessmentId} in {@code municipality}; 404 when there is no such one. */
    public UUID initiativeOf(String municipality, UUID assessmentId) {
        return assessments.findForTenant(municipality, assessmentId).map(a -> a.initiativeId)
                .orElseThrow(() -> ApiException.notFound("assessment", assessmentId));
    }
}
