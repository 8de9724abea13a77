package nl.speelveld.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.method.AssessmentInput.StakeholderGroup;
import nl.speelveld.method.AssessmentOutcome.Indicator;
import nl.speelveld.method.AssessmentOutcome.Input;

/**
 * FI-7 parties at the table (partijen aan tafel): K = the number of groups of any source, affected or not, with a
 * voice in V⁺. Count band {@code band.fi7.medium}/{@code band.fi7.high} (≤4 LOW, 5-7 MEDIUM, ≥8 HIGH).
 */
final class FI7PartiesAtTable {

    record Result(Indicator indicator, List<AssessmentOutcome.Warning> warnings, int parties) implements IndicatorResult {
    }

    private FI7PartiesAtTable() {
    }

    static Result compute(Snapshot s) {
        List<Input> inputs = new ArrayList<>();
        List<Object> refs = new ArrayList<>();
        int k = 0;
        for (StakeholderGroup g : s.groups.values()) {
            if (Snapshot.hasVoice(g)) {
                k++;
                inputs.add(new Input(g.id(), g.name(), Snapshot.voice(g)));
                if (refs.size() < ConflictPairs.LISTED) { // the value counts them all; the inputs list them all
                    Map<String, Object> m = s.groupRef(g.id());
                    m.put("source", g.source());
                    m.put("voice", Snapshot.voice(g));
                    refs.add(m);
                }
            }
        }
        Band band = Bands.count(k, s.thresholds, "fi7");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("groups", refs);
        String formula = "K = |{g: voice ∈ V⁺}| = " + k;
        Map<String, String> explanation = IndicatorCatalog.explain(band,
                k + " partijen zitten aan tafel. Meer partijen betekent tragere besluitvorming.",
                k + " parties are at the table. More parties means slower decisions.");
        return new Result(IndicatorCatalog.build("FI-7", k, band, formula, inputs, explanation, details), List.of(), k);
    }
}
