package nl.speelveld.assessment.decisionrecord;

import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.assessment.scenario.ScenarioReferences;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the other features may read about decision records: the what-if scenarios they cite as options weighed, for
 * the participation report and the embed page alike.
 */
@ApplicationScoped
public class DecisionRecordReferences {

    private final DecisionRecordRepository records;
    private final ScenarioReferences scenarios;

    DecisionRecordReferences(DecisionRecordRepository records, ScenarioReferences scenarios) {
        this.records = records;
        this.scenarios = scenarios;
    }

    /**
     * One scenario a decision record cites as an option weighed, with the scenario's label (null when it cannot be
     * found) and the record's choice.
     */
    public record OptionWeighed(UUID scenarioId, String label, UUID assessmentId, UUID decisionRecordId, String axis,
                                String choice, LocalDate decidedOn) {
    }

    /** The options weighed by the decision records answering one assessment, in the records' order. */
    public List<OptionWeighed> ofAssessment(String municipality, UUID assessmentId) {
        return optionsWeighed(municipality, records.list(
                "municipalityCode = ?1 and assessmentId = ?2 order by createdAt, id", municipality, assessmentId));
    }

    /** The options weighed by the decision records of an initiative, in the records' order. */
    public List<OptionWeighed> ofInitiative(String municipality, UUID initiativeId) {
        return optionsWeighed(municipality, records.list(
                "municipalityCode = ?1 and initiativeId = ?2 order by createdAt, id", municipality, initiativeId));
    }

    private List<OptionWeighed> optionsWeighed(String municipality, List<DecisionRecord> found) {
        List<DecisionRecord> citing = found.stream()
                .filter(r -> r.scenarioIds != null && !r.scenarioIds.isEmpty()).toList();
        Map<UUID, String> labels = scenarios.labels(municipality, citing.stream()
                .flatMap(r -> r.scenarioIds.stream()).distinct().toList());
        List<OptionWeighed> out = new ArrayList<>();
        for (DecisionRecord r : citing) {
            for (UUID id : r.scenarioIds) {
                out.add(new OptionWeighed(id, labels.get(id), r.assessmentId, r.id(), r.axis.name(), r.choice,
                        r.decidedOn));
            }
        }
        return out;
    }
}
