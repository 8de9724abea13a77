package nl.speelveld.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.method.AssessmentInput.Issue;
import nl.speelveld.method.AssessmentOutcome.Indicator;
import nl.speelveld.method.AssessmentOutcome.Input;

/**
 * FI-2 issue load (aantal kwesties): N_in, the number of issues in scope. Count band with
 * {@code band.issues.medium}/{@code band.issues.high} (≤2 LOW, 3-4 MEDIUM, ≥5 HIGH). Zero issues in scope is a valid
 * count (LOW), not a missing value.
 */
final class FI2IssueLoad {

    record Result(Indicator indicator, List<AssessmentOutcome.Warning> warnings, int inScope) implements IndicatorResult {
    }

    private FI2IssueLoad() {
    }

    static Result compute(Snapshot s) {
        List<Input> inputs = s.problemDefinitionInputs();
        List<Object> inScope = new ArrayList<>();
        for (Issue i : s.issues.values()) {
            if (i.inScope()) {
                inputs.add(new Input(i.id(), Texts.pick(i.label(), "nl"), "IN_SCOPE"));
                inScope.add(s.issueRef(i.id()));
            }
        }
        int n = inScope.size();
        Band band = Bands.count(n, s.thresholds, "issues");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("issuesInScope", inScope);
        String formula = "N_in = " + n + " (LOW ≤ " + (s.thresholds.integer("band.issues.medium") - 1)
                + ", HIGH ≥ " + s.thresholds.integer("band.issues.high") + ")";
        Map<String, String> explanation = IndicatorCatalog.explain(band,
                "Binnen de afbakening vallen " + n + " kwesties. Een multi-issuespel maakt besluiten trager en"
                        + " bedreigt de uitvoerbaarheid.",
                n + " issues are inside the scope. A multi-issue game slows decisions down and endangers"
                        + " feasibility.");
        return new Result(IndicatorCatalog.build("FI-2", n, band, formula, inputs, explanation, details), List.of(), n);
    }
}
