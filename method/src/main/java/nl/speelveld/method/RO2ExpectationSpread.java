package nl.speelveld.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.method.AssessmentInput.RoleObservation;
import nl.speelveld.method.AssessmentOutcome.Indicator;
import nl.speelveld.method.AssessmentOutcome.Input;
import nl.speelveld.method.AssessmentOutcome.Warning;

/**
 * RO-2 expectation spread (verwachtingsspreiding): S = max − min of the role values of the latest WANTED or EXPECTED
 * observation per holder (the holder group, or the holder source where no group is given; TAKEN and PERCEIVED are
 * left out). Needs at least {@code ro2.minHolders} holders, else NOT_COMPUTED. Count band
 * {@code band.ro2.medium}/{@code band.ro2.high} (≤1 LOW, 2 MEDIUM, ≥3 HIGH). The holders with the highest and the
 * lowest role (first in input order on a tie) fill Q-SPREAD.
 */
final class RO2ExpectationSpread {

    record Result(Indicator indicator, List<Warning> warnings, List<RoleObservation> holders, RoleObservation highest,
                  RoleObservation lowest, Integer spread) implements IndicatorResult {
    }

    private RO2ExpectationSpread() {
    }

    static Result compute(Snapshot s) {
        List<RoleObservation> holders = RoleObservations.latestPerHolder(s,
                o -> "WANTED".equals(o.kind()) || "EXPECTED".equals(o.kind()));
        RoleObservation hi = null;
        RoleObservation lo = null;
        for (RoleObservation o : holders) {
            int v = Snapshot.roleValue(o.role());
            if (hi == null || v > Snapshot.roleValue(hi.role())) {
                hi = o;
            }
            if (lo == null || v < Snapshot.roleValue(lo.role())) {
                lo = o;
            }
        }
        int min = s.thresholds.integer("ro2.minHolders");
        Integer spread = holders.size() < min ? null : Snapshot.roleValue(hi.role()) - Snapshot.roleValue(lo.role());
        List<Warning> warnings = new ArrayList<>();
        if (spread == null) {
            warnings.add(IndicatorCatalog.notComputed("RO-2",
                    "er zijn gewenste of verwachte rollen van minder dan " + min + " partijen.",
                    "wanted or expected roles are known for fewer than " + min + " holders."));
        }
        Band band = Bands.count(spread, s.thresholds, "ro2");
        List<Input> inputs = new ArrayList<>();
        List<Object> holderDetails = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (RoleObservation o : holders) {
            inputs.add(new Input(o.id(), RoleObservations.holderName(s, o, "nl") + " (" + o.kind() + ")", o.role()));
            holderDetails.add(RO1RoleGap.observation(s, o));
            values.add(String.valueOf(Snapshot.roleValue(o.role())));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("holders", holderDetails);
        details.put("highest", RO1RoleGap.observation(s, hi));
        details.put("lowest", RO1RoleGap.observation(s, lo));
        String formula = "S = max − min over {" + String.join(", ", values) + "} = "
                + (spread == null ? "null" : Snapshot.roleValue(hi.role()) + " − " + Snapshot.roleValue(lo.role())
                + " = " + spread);
        Map<String, String> explanation = spread == null
                ? IndicatorCatalog.explain(band, "Te weinig partijen met een gewenste of verwachte rol.",
                        "Too few holders with a wanted or expected role.")
                : IndicatorCatalog.explain(band,
                        "De verwachtingen over de rol van de gemeente lopen uiteen van "
                                + Texts.name(lo.role(), "nl") + " (" + RoleObservations.holderName(s, lo, "nl") + ") tot "
                                + Texts.name(hi.role(), "nl") + " (" + RoleObservations.holderName(s, hi, "nl")
                                + "). De ambtenaar staat op het kruispunt van deze bronnen.",
                        "Expectations of the municipality's role range from " + Texts.name(lo.role(), "en") + " ("
                                + RoleObservations.holderName(s, lo, "en") + ") to " + Texts.name(hi.role(), "en") + " ("
                                + RoleObservations.holderName(s, hi, "en") + "). The civil servant sits where these"
                                + " sources meet.");
        Indicator ind = IndicatorCatalog.build("RO-2", spread, band, formula, inputs, explanation, details);
        return new Result(ind, List.copyOf(warnings), List.copyOf(holders), hi, lo, spread);
    }
}
