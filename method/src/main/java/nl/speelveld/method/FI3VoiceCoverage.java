package nl.speelveld.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.method.AssessmentInput.StakeholderGroup;
import nl.speelveld.method.AssessmentOutcome.Indicator;
import nl.speelveld.method.AssessmentOutcome.Input;
import nl.speelveld.method.AssessmentOutcome.Warning;

/**
 * FI-3 voice coverage (stemdekking): VC = |{g ∈ A : voice ∈ V⁺}| / |A| over the affected groups A, unweighted.
 * Higher is better ({@code band.fi3.lo}/{@code band.fi3.hi}: ≥0.75 LOW, ≥0.5 MEDIUM, else HIGH). NOT_COMPUTED when no
 * group is marked affected. The size-weighted VCw is information only, in {@code details}, and null when any affected
 * group lacks an estimated size (missing data stays missing).
 */
final class FI3VoiceCoverage {

    record Result(Indicator indicator, List<Warning> warnings, int affected, int withVoice, Exact coverage)
            implements IndicatorResult {
    }

    private FI3VoiceCoverage() {
    }

    static Result compute(Snapshot s) {
        List<StakeholderGroup> affected = s.groups.values().stream().filter(StakeholderGroup::affected).toList();
        int withVoice = 0;
        long sizeAll = 0;
        long sizeVoiced = 0;
        boolean allSized = true;
        List<Input> inputs = new ArrayList<>();
        List<Object> without = new ArrayList<>();
        for (StakeholderGroup g : affected) {
            boolean v = Snapshot.hasVoice(g);
            inputs.add(new Input(g.id(), g.name(), Snapshot.voice(g)));
            if (v) {
                withVoice++;
            } else if (without.size() < ConflictPairs.LISTED) {
                Map<String, Object> m = s.groupRef(g.id());
                m.put("voice", Snapshot.voice(g));
                without.add(m);
            }
            if (g.estimatedSize() == null) {
                allSized = false;
            } else {
                sizeAll += g.estimatedSize();
                sizeVoiced += v ? g.estimatedSize() : 0;
            }
        }
        Exact vc = Exact.ratioOrNull(withVoice, affected.size());
        Exact vcw = allSized ? Exact.ratioOrNull(sizeVoiced, sizeAll) : null;
        List<Warning> warnings = new ArrayList<>();
        if (vc == null) {
            warnings.add(IndicatorCatalog.notComputed("FI-3", "geen enkele groep is als 'geraakt' gemarkeerd.",
                    "no group is marked as affected."));
        }
        Band band = Bands.higherIsBetter(vc, s.thresholds, "fi3");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("affectedGroups", affected.size());
        details.put("withVoice", withVoice);
        details.put("groupsWithoutVoice", without);
        details.put("weightedVoiceCoverage", Exact.round3(vcw));
        String formula = "VC = |{g ∈ A: voice ∈ V⁺}| / |A| = " + withVoice + " / " + affected.size() + " = "
                + Numbers.plain(Exact.round3(vc));
        Map<String, String> explanation = IndicatorCatalog.explain(band,
                withVoice + " van de " + affected.size() + " geraakte groepen hebben een eigen stem (actief, aan tafel"
                        + " of vertegenwoordigd met mandaat). De belangen van wie niet meedoet, kunnen wegvallen.",
                withVoice + " of the " + affected.size() + " affected groups have a voice of their own (active, at the"
                        + " table or represented with a mandate). The interests of those who do not take part may drop out.");
        Indicator ind = IndicatorCatalog.build("FI-3", Exact.round3(vc), band, formula, inputs, explanation, details);
        return new Result(ind, List.copyOf(warnings), affected.size(), withVoice, vc);
    }
}
