package nl.speelveld.assessment.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.method.AssessmentOutcome;
import nl.speelveld.method.Thresholds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the published views of an assessment (the embed page) read of stored assessments: the stored outcome, the
 * initiative's title as it was read, the chart, and whether a newer assessment of the same initiative exists. Read
 * by a municipality named explicitly, because the embed page has no bearer token: its signed link names the
 * municipality. The assessment's entity and repository stay inside this package.
 */
@ApplicationScoped
public class PublishedAssessments {

    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() {
    };

    private final AssessmentService service;
    private final AssessmentRepository assessments;
    private final ObjectMapper json;

    PublishedAssessments(AssessmentService service, AssessmentRepository assessments, ObjectMapper json) {
        this.service = service;
        this.assessments = assessments;
        this.json = json;
    }

    /** A stored assessment as the published views show it. */
    public record Published(UUID id, String municipality, UUID initiativeId, LocalDate asOf, Instant createdAt,
            long version, AssessmentOutcome outcome, Thresholds thresholds, Map<String, String> initiativeTitle) {
    }

    /** The caller's own assessment (the token's municipality); 404 when there is no such one. */
    public Published require(UUID id) {
        return published(service.require(id));
    }

    /** Assessment {@code id} of {@code municipality}, if there is one. */
    public Optional<Published> find(String municipality, UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> assessments.findForTenant(municipality, id)
                .map(this::published));
    }

    /** The newest assessment of the same initiative made after this one, if there is one. */
    public Optional<Published> newerThan(Published a) {
        return QuarkusTransaction.joiningExisting().call(() -> assessments.find("municipalityCode = ?1 and"
                        + " initiativeId = ?2 and createdAt > ?3 order by createdAt desc, id desc", a.municipality(),
                a.initiativeId(), a.createdAt()).firstResultOptional().map(this::published));
    }

    /** The chart of {@code chart.svg}, drawn with the thresholds the assessment was made with. */
    public String chart(Published a, String language) {
        return new AssessmentChart(a.thresholds()).render(a.outcome(), language);
    }

    private Published published(Assessment a) {
        return new Published(a.id(), a.municipalityCode(), a.initiativeId, a.asOf, a.createdAt(), a.version(),
                service.outcome(a), service.thresholds(a), title(a));
    }

    /** The initiative's title as stored with the assessment (from the input snapshot before issue 15). */
    private Map<String, String> title(Assessment a) {
        if (a.initiativeTitle != null || a.inputSnapshot == null) {
            return a.initiativeTitle == null ? Map.of() : a.initiativeTitle;
        }
        try {
            var node = json.readTree(a.inputSnapshot).path("initiative").path("title");
            return node.isObject() ? json.convertValue(node, TEXT) : Map.of();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Map.of();
        }
    }
}
