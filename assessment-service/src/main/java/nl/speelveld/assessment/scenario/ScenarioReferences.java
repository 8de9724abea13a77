package nl.speelveld.assessment.scenario;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the other features may ask about scenarios: which cited ids are not scenarios of an assessment. */
@ApplicationScoped
public class ScenarioReferences {

    private final ScenarioRepository scenarios;

    ScenarioReferences(ScenarioRepository scenarios) {
        this.scenarios = scenarios;
    }

    /** The labels of these scenarios of the municipality (ids that are none are left out). */
    public Map<UUID, String> labels(String municipality, Collection<UUID> ids) {
        Map<UUID, String> out = new HashMap<>();
        scenarios.byIds(municipality, ids).forEach(s -> out.put(s.id(), s.label));
        return out;
    }

    /** The ids among these that are not scenarios of assessment {@code assessmentId} in {@code municipality}. */
    public List<UUID> notOfAssessment(String municipality, UUID assessmentId, Collection<UUID> ids) {
        List<UUID> found = scenarios.existing(municipality, assessmentId, ids);
        return ids.stream().filter(id -> !found.contains(id)).toList();
    }
}
