package nl.speelveld.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.method.AssessmentInput.Issue;
import nl.speelveld.method.AssessmentOutcome.Indicator;
import nl.speelveld.method.AssessmentOutcome.Input;
import nl.speelveld.method.AssessmentOutcome.Warning;

/**
 * FI-1 scope coverage (afbakeningsdekking): SC = N_in / N_raised, the share of the raised issues that the current
 * problem definition takes in. Band INFO: it has no risk of its own but feeds position P1. NOT_COMPUTED when no issue
 * has been raised.
 */
final class FI1ScopeCoverage {

    record Result(Indicator indicator, List<Warning> warnings, int inScope, int raised, Exact coverage)
            implements IndicatorResult {
    }

    private FI1ScopeCoverage() {
    }

    static Result compute(Snapshot s) {
        int raised = s.issues.size();
        int in = (int) s.issues.values().stream().filter(Issue::inScope).count();
        Exact sc = Exact.ratioOrNull(in, raised);
        List<Warning> warnings = new ArrayList<>();
        if (sc == null) {
            warnings.add(IndicatorCatalog.notComputed("FI-1", "er zijn geen kwesties vastgelegd.",
                    "no issues have been recorded."));
        }
        Band band = sc == null ? Band.NOT_COMPUTED : Band.INFO;
        List<Input> inputs = s.problemDefinitionInputs();
        for (Issue i : s.issues.values()) {
            inputs.add(new Input(i.id(), Texts.pick(i.label(), "nl"), i.inScope() ? "IN_SCOPE" : "OUT_OF_SCOPE"));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("issuesInScope", in);
        details.put("issuesRaised", raised);
        String formula = "SC = N_in / N_raised = " + in + " / " + raised + " = " + Numbers.plain(Exact.round3(sc));
        Map<String, String> explanation = IndicatorCatalog.explain(band,
                in + " van de " + raised + " opgeworpen kwesties vallen binnen de afbakening. Een smalle afbakening"
                        + " maakt coproductie uitvoerbaar, maar laat andere kwesties buiten beeld.",
                in + " of the " + raised + " issues raised are inside the scope. A narrow scope makes co-production"
                        + " workable but leaves other issues out of view.");
        Indicator ind = IndicatorCatalog.build("FI-1", Exact.round3(sc), band, formula, inputs, explanation, details);
        return new Result(ind, List.copyOf(warnings), in, raised, sc);
    }
}
