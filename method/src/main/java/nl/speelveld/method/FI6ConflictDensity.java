package nl.speelveld.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.method.AssessmentInput.Interest;
import nl.speelveld.method.AssessmentInput.Issue;
import nl.speelveld.method.AssessmentOutcome.Indicator;
import nl.speelveld.method.AssessmentOutcome.Input;
import nl.speelveld.method.AssessmentOutcome.Warning;

/**
 * FI-6 conflict density in scope (conflictdichtheid): CD = C / P over the in-scope issues, with pairs and conflicts
 * as defined in {@link ConflictPairs}. Higher is worse ({@code band.fi6.lo}/{@code band.fi6.hi}). Zero pairs is
 * NOT_COMPUTED; fewer than {@code fi6.fewPairs} pairs (zero included) adds FEW_PAIRS, which is then also the warning
 * that explains the missing value.
 *
 * <p>{@code details}: {@code conflicts} and {@code pairs} (exact totals), {@code conflictingPairs} (at most
 * {@link ConflictPairs#LISTED} of the conflicting pairs, in a stable order), {@code conflictingPairsListed} (how many
 * are listed), {@code truncated} (true when fewer are listed than {@code conflicts}) and {@code overridesApplied}.
 */
final class FI6ConflictDensity {

    record Result(Indicator indicator, List<Warning> warnings, ConflictPairs.Count count) implements IndicatorResult {
    }

    private FI6ConflictDensity() {
    }

    static Result compute(Snapshot s) {
        ConflictPairs.Count c = ConflictPairs.count(s, Issue::inScope);
        Exact cd = c.density();
        List<Warning> warnings = new ArrayList<>();
        int few = s.thresholds.integer("fi6.fewPairs");
        if (c.pairs() < few) {
            warnings.add(IndicatorCatalog.warning("FEW_PAIRS",
                    "Binnen de afbakening zijn er maar " + c.pairs() + " paren van standpunten (< " + few
                            + "); de conflictdichtheid zegt weinig.",
                    "Inside the scope there are only " + c.pairs() + " pairs of stances (< " + few
                            + "); the conflict density says little."));
        }
        Band band = Bands.higherIsWorse(cd, s.thresholds, "fi6");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("conflicts", c.conflicts());
        details.put("pairs", c.pairs());
        ConflictPairs.putDetails(details, s, c);
        details.put("overridesApplied", c.overridesApplied());
        String formula = "CD = C / P = " + c.conflicts() + " / " + c.pairs() + " = " + Numbers.plain(Exact.round3(cd));
        List<Input> inputs = interestInputs(s, true, overrideInputs(s, c));
        Map<String, String> explanation = IndicatorCatalog.explain(band,
                "Van de " + c.pairs() + " paren groepen met een standpunt over dezelfde kwestie binnen de afbakening"
                        + " staan er " + c.conflicts() + " tegenover elkaar (tegengesteld teken of correctie).",
                "Of the " + c.pairs() + " pairs of groups with a stance on the same in-scope issue, " + c.conflicts()
                        + " oppose each other (opposite sign or a correction).");
        Indicator ind = IndicatorCatalog.build("FI-6", Exact.round3(cd), band, formula, inputs, explanation, details);
        return new Result(ind, List.copyOf(warnings), c);
    }

    /** The conflict overrides that corrected a pair of this count, by id (traceability, docs/method.md). */
    static List<Input> overrideInputs(Snapshot s, ConflictPairs.Count c) {
        Map<String, AssessmentInput.ConflictOverride> byId = new LinkedHashMap<>();
        for (AssessmentInput.ConflictOverride o : s.input.conflictOverrides()) {
            if (o.id() != null) {
                byId.put(o.id(), o);
            }
        }
        List<Input> inputs = new ArrayList<>();
        for (String id : c.overrideIds()) {
            AssessmentInput.ConflictOverride o = byId.get(id);
            inputs.add(new Input(id, "conflict override " + o.interestIdA() + " / " + o.interestIdB(), o.relation()));
        }
        return inputs;
    }

    /**
     * The latest interests with a stance sign, in scope only or on all issues, then {@code then}: made when read
     * ({@link DerivedInputs}), as there is one per interest.
     */
    static List<Input> interestInputs(Snapshot s, boolean inScopeOnly, List<Input> then) {
        List<Interest> signed = new ArrayList<>();
        for (Interest it : s.latestInterests) {
            if (Snapshot.sign(it.stance()) != 0 && (!inScopeOnly || s.issues.get(it.issueId()).inScope())) {
                signed.add(it);
            }
        }
        return DerivedInputs.of(signed, it -> new Input(it.id(),
                s.groupName(it.groupId()) + " / " + s.issueText(it.issueId(), "nl"), it.stance()), then);
    }
}
