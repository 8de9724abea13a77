package nl.speelveld.method;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.method.AssessmentInput.Initiative;
import nl.speelveld.method.AssessmentInput.KeyDecision;
import nl.speelveld.method.AssessmentOutcome.Indicator;
import nl.speelveld.method.AssessmentOutcome.Input;
import nl.speelveld.method.AssessmentOutcome.Warning;

/**
 * RO-3 autonomy (autonomie): A = (n_CITIZENS + {@code ro3.jointWeight} · n_JOINT) / n over the key decisions with
 * {@code decidedOn} in the {@code ro3.window.months} months up to and including {@code asOf} (from asOf minus 24
 * months, both ends included; decisions dated after asOf are left out). Higher is better
 * ({@code band.ro3.lo}/{@code band.ro3.hi}). FEW_DECISIONS when n &lt; {@code ro3.fewDecisions}; with n = 0 the value
 * is NOT_COMPUTED and FEW_DECISIONS is the warning that explains it. {@code details} also carries the funding share
 * governmentFunding / budget (the information flag F), null when either amount is missing or the budget is 0.
 */
final class RO3Autonomy {

    record Result(Indicator indicator, List<Warning> warnings, int decisions, int byGovernment, Exact autonomy,
                  Exact fundingShare) implements IndicatorResult {
    }

    private RO3Autonomy() {
    }

    static Exact fundingShare(Initiative i) {
        if (i.budgetPerYear() == null || i.governmentFundingPerYear() == null || i.budgetPerYear() <= 0) {
            return null;
        }
        return Exact.ratio(i.governmentFundingPerYear(), i.budgetPerYear());
    }

    static Result compute(Snapshot s) {
        Thresholds t = s.thresholds;
        int months = t.integer("ro3.window.months");
        int citizens = 0;
        int joint = 0;
        int government = 0;
        int other = 0;
        List<Input> inputs = new ArrayList<>();
        for (KeyDecision d : s.input.keyDecisions()) {
            if (!s.within(d.decidedOn(), months)) {
                continue;
            }
            inputs.add(new Input(d.id(), d.subject(), d.decidedBy()));
            String by = d.decidedBy() == null ? "" : d.decidedBy();
            switch (by) {
                case "CITIZENS":
                    citizens++;
                    break;
                case "JOINT":
                    joint++;
                    break;
                case "GOVERNMENT":
                    government++;
                    break;
                default:
                    other++;
            }
        }
        int n = inputs.size();
        double w = t.get("ro3.jointWeight");
        Exact a = n == 0 ? null : new Exact(BigDecimal.valueOf(citizens)
                .add(BigDecimal.valueOf(w).multiply(BigDecimal.valueOf(joint))), BigDecimal.valueOf(n));
        List<Warning> warnings = new ArrayList<>();
        int few = t.integer("ro3.fewDecisions");
        if (n < few) {
            warnings.add(IndicatorCatalog.warning("FEW_DECISIONS",
                    "In de " + months + " maanden tot " + s.asOf + " zijn maar " + n + " besluiten vastgelegd (< "
                            + few + ").",
                    "Only " + n + " decisions were recorded in the " + months + " months up to " + s.asOf + " (< "
                            + few + ")."));
        }
        Band band = Bands.higherIsBetter(a, t, "ro3");
        Initiative initiative = s.input.initiative();
        Exact f = fundingShare(initiative);
        // the budget fields behind the FINANCIAL_DEPENDENCY flag (traceability)
        inputs.add(new Input(initiative.id(), "budgetPerYear", initiative.budgetPerYear()));
        inputs.add(new Input(initiative.id(), "governmentFundingPerYear", initiative.governmentFundingPerYear()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decisions", n);
        details.put("byCitizens", citizens);
        details.put("joint", joint);
        details.put("byGovernment", government);
        details.put("byOtherOrganisation", other);
        details.put("windowFrom", s.windowStart(months).toString());
        details.put("windowTo", s.asOf.toString());
        details.put("fundingShare", Exact.round3(f));
        String formula = "A = (n_CITIZENS + " + Numbers.plain(w) + " · n_JOINT) / n = (" + citizens + " + "
                + Numbers.plain(w) + " · " + joint + ") / " + n + " = " + Numbers.plain(Exact.round3(a));
        Map<String, String> explanation = IndicatorCatalog.explain(band,
                "Van de " + n + " besluiten in de laatste " + months + " maanden namen de burgers er " + citizens
                        + " zelf, " + joint + " samen en nam de gemeente er " + government + " alleen.",
                "Of the " + n + " decisions in the last " + months + " months, the citizens took " + citizens
                        + " themselves, " + joint + " jointly, and the municipality took " + government + " alone.");
        Indicator ind = IndicatorCatalog.build("RO-3", Exact.round3(a), band, formula, inputs, explanation, details);
        return new Result(ind, List.copyOf(warnings), n, government, a, f);
    }
}
