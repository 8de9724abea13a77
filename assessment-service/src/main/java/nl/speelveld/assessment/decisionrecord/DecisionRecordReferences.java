package nl.speelveld.assessment.decisionrecord;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the other features may read about decision records: which scenarios they cite as options weighed. */
@ApplicationScoped
public class DecisionRecordReferences {

    private final DecisionRecordRepository records;

    DecisionRecordReferences(DecisionRecordRepository records) {
        this.records = records;
    }

    /** A decision record that cites scenarios. */
    public record Citation(UUID decisionRecordId, UUID assessmentId, String axis, String choice, LocalDate decidedOn,
                           List<UUID> scenarioIds) {
    }

    /** The decision records answering one assessment that cite scenarios, oldest first. */
    public List<Citation> citationsOfAssessment(String municipality, UUID assessmentId) {
        return records.list("municipalityCode = ?1 and assessmentId = ?2 order by createdAt, id", municipality,
                        assessmentId).stream()
                .filter(r -> r.scenarioIds != null && !r.scenarioIds.isEmpty())
                .map(r -> new Citation(r.id(), r.assessmentId, r.axis.name(), r.choice, r.decidedOn,
                        List.copyOf(r.scenarioIds)))
                .toList();
    }

    /** The decision records of an initiative that cite scenarios, oldest first. */
    public List<Citation> citationsOf(String municipality, UUID initiativeId) {
        return records.list("municipalityCode = ?1 and initiativeId = ?2 order by createdAt, id", municipality,
                        initiativeId).stream()
                .filter(r -> r.scenarioIds != null && !r.scenarioIds.isEmpty())
                .map(r -> new Citation(r.id(), r.assessmentId, r.axis.name(), r.choice, r.decidedOn,
                        List.copyOf(r.scenarioIds)))
                .toList();
    }
}
