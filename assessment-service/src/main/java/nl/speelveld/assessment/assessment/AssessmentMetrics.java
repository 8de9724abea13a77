package nl.speelveld.assessment.assessment;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.TimeUnit;

/**
 * The duration and size of the assessments stored (docs/operations.md, "Metrics"):
 * {@code speelveld_assessment_duration_seconds} (reading both services, applying the rules, storing the result) and
 * {@code speelveld_assessment_groups} and {@code speelveld_assessment_interests} (the input's size), each with
 * histogram buckets (conventions' OperatorMetrics). No label: per municipality or initiative would be one series per
 * tenant and id.
 */
@ApplicationScoped
public class AssessmentMetrics {

    private final Timer duration;
    private final DistributionSummary groups;
    private final DistributionSummary interests;

    AssessmentMetrics(MeterRegistry registry) {
        duration = Timer.builder("speelveld.assessment.duration")
                .description("Time to compute and store one assessment, both services read").register(registry);
        groups = DistributionSummary.builder("speelveld.assessment.groups")
                .description("Stakeholder groups in an assessment's input").register(registry);
        interests = DistributionSummary.builder("speelveld.assessment.interests")
                .description("Interests in an assessment's input").register(registry);
    }

    /** One stored assessment: started at {@code startNanos} ({@link System#nanoTime()}), of this size. */
    void stored(long startNanos, int groupCount, int interestCount) {
        duration.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
        groups.record(groupCount);
        interests.record(interestCount);
    }
}
