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
 * FI-8 broadening preview (verbredingseffect): what the scope would look like if every raised issue were taken in.
 * N_raised is banded like FI-2 and CD_all (FI-6 over all raised issues) like FI-6; the band is the higher of the two.
 * The value is CD_all; {@code details} carries {@code issuesRaised} and {@code conflictDensityAll}. When CD_all has no
 * pairs it is null and the band rests on N_raised alone (a missing part never counts in a maximum); the band is
 * NOT_COMPUTED only when no issue was raised. FEW_PAIRS is not repeated here: fewer pairs over all issues implies
 * fewer pairs in scope, which FI-6 already reports. {@code conflicts} and {@code pairs} are exact totals; the
 * conflicting pairs are listed as in FI-6 (at most {@link ConflictPairs#LISTED}, with {@code conflictingPairsListed}
 * and {@code truncated}).
 */
final class FI8BroadeningPreview {

    record Result(Indicator indicator, List<Warning> warnings, int raised, ConflictPairs.Count count,
                  List<Issue> outOfScope) implements IndicatorResult {
    }

    private FI8BroadeningPreview() {
    }

    static Result compute(Snapshot s) {
        int raised = s.issues.size();
        ConflictPairs.Count c = ConflictPairs.count(s, i -> true);
        Exact cd = c.density();
        Band issueBand = raised == 0 ? Band.NOT_COMPUTED : Bands.count(raised, s.thresholds, "issues");
        Band conflictBand = Bands.higherIsWorse(cd, s.thresholds, "fi6");
        Band band = Band.max(List.of(issueBand, conflictBand));
        List<Issue> outOfScope = s.issues.values().stream().filter(i -> !i.inScope()).toList();
        List<Warning> warnings = new ArrayList<>();
        if (raised == 0) {
            warnings.add(IndicatorCatalog.notComputed("FI-8", "er zijn geen kwesties vastgelegd.",
                    "no issues have been recorded."));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("issuesRaised", raised);
        details.put("conflictDensityAll", Exact.round3(cd));
        details.put("conflicts", c.conflicts());
        details.put("pairs", c.pairs());
        details.put("issueCountBand", issueBand);
        details.put("conflictDensityBand", conflictBand);
        details.put("outOfScopeIssues", outOfScope.stream().map(i -> (Object) s.issueRef(i.id())).toList());
        ConflictPairs.putDetails(details, s, c);
        String formula = "band = max(band_FI-2(N_raised = " + raised + ") = " + issueBand + ", band_FI-6(CD_all = "
                + c.conflicts() + " / " + c.pairs() + " = " + Numbers.plain(Exact.round3(cd)) + ") = " + conflictBand + ")";
        String cdNl = cd == null ? "onbekend" : Numbers.twoDecimals(cd, "nl");
        String cdEn = cd == null ? "unknown" : Numbers.twoDecimals(cd, "en");
        Map<String, String> explanation = IndicatorCatalog.explain(band,
                "Als alle " + raised + " opgeworpen kwesties binnen de afbakening komen, wordt de conflictdichtheid "
                        + cdNl + ". Dit maakt de prijs van verbreden zichtbaar vóórdat ervoor gekozen wordt.",
                "If all " + raised + " issues raised come inside the scope, the conflict density becomes " + cdEn
                        + ". This shows the cost of broadening before it is chosen.");
        List<Input> inputs = FI6ConflictDensity.interestInputs(s, false, FI6ConflictDensity.overrideInputs(s, c));
        Indicator ind = IndicatorCatalog.build("FI-8", Exact.round3(cd), band, formula, inputs, explanation, details);
        return new Result(ind, List.copyOf(warnings), raised, c, outOfScope);
    }
}
