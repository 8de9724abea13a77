package nl.speelveld.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.method.AssessmentInput.Interest;
import nl.speelveld.method.AssessmentOutcome.Indicator;
import nl.speelveld.method.AssessmentOutcome.Input;
import nl.speelveld.method.AssessmentOutcome.Warning;

/**
 * RO-5 weighing of partial interests (weging deelbelangen): W = the share of the latest interests (per group and
 * issue) of groups whose source is not COPRODUCING_CITIZENS, on in-scope issues, whose response status is not OPEN.
 * Every stance counts, neutral and unknown included. Higher is better ({@code band.ro5.lo}/{@code band.ro5.hi}).
 * NOT_COMPUTED when there is no such interest.
 */
final class RO5PartialInterestWeighing {

    record Result(Indicator indicator, List<Warning> warnings, int interests, int answered, Exact weighed)
            implements IndicatorResult {
    }

    private RO5PartialInterestWeighing() {
    }

    static Result compute(Snapshot s) {
        List<Input> inputs = new ArrayList<>();
        int total = 0;
        int answered = 0;
        for (Interest it : s.latestInterests) {
            if (s.isCore(it.groupId()) || !s.issues.get(it.issueId()).inScope()) {
                continue;
            }
            total++;
            if (!"OPEN".equals(it.responseStatus())) {
                answered++;
            }
            inputs.add(new Input(it.id(), s.groupName(it.groupId()) + " / " + s.issueText(it.issueId(), "nl"),
                    it.responseStatus()));
        }
        Exact w = Exact.ratioOrNull(answered, total);
        List<Warning> warnings = new ArrayList<>();
        if (w == null) {
            warnings.add(IndicatorCatalog.notComputed("RO-5",
                    "er zijn geen belangen van niet-deelnemers over kwesties binnen de afbakening.",
                    "there are no interests of non-participants on in-scope issues."));
        }
        Band band = Bands.higherIsBetter(w, s.thresholds, "ro5");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("interests", total);
        details.put("answered", answered);
        details.put("open", total - answered);
        String formula = "W = answered / all = " + answered + " / " + total + " = " + Numbers.plain(Exact.round3(w));
        Map<String, String> explanation = IndicatorCatalog.explain(band,
                answered + " van de " + total + " belangen van niet-deelnemers binnen de afbakening hebben een antwoord"
                        + " van de gemeente. Kunnen burgers alle deelbelangen wegen?",
                answered + " of the " + total + " in-scope interests of non-participants have a response from the"
                        + " municipality. Can citizens weigh all partial interests?");
        Indicator ind = IndicatorCatalog.build("RO-5", Exact.round3(w), band, formula, inputs, explanation, details);
        return new Result(ind, List.copyOf(warnings), total, answered, w);
    }
}
