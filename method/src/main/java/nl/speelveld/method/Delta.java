package nl.speelveld.method;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.speelveld.method.AssessmentOutcome.Axis;
import nl.speelveld.method.AssessmentOutcome.Indicator;
import nl.speelveld.method.AssessmentOutcome.Risk;

/**
 * What a scenario changes in an outcome: per axis the position and each risk before and after (both axes, changed or
 * not); the indicators whose value or band changed; and the flags, warning codes and question codes added and removed.
 *
 * @param axes       both axes, in the outcome's order
 * @param indicators only the indicators whose value or band differs, in the outcome's order
 */
public record Delta(List<AxisDelta> axes, List<IndicatorDelta> indicators, Codes flags, Codes warnings,
                    Codes questions) {

    /** One axis before and after. */
    public record AxisDelta(String axis, Integer positionBefore, Integer positionAfter, String positionLabelBefore,
                            String positionLabelAfter, List<RiskDelta> risks) {
    }

    /** One risk before and after. */
    public record RiskDelta(String type, Band levelBefore, Band levelAfter) {
    }

    /** One indicator whose value or band changed. */
    public record IndicatorDelta(String code, Number valueBefore, Number valueAfter, Band bandBefore,
                                 Band bandAfter) {
    }

    /** Codes that are in the scenario's outcome but not the assessment's ({@code added}), and the other way round. */
    public record Codes(List<String> added, List<String> removed) {
    }

    /** The difference between an assessment's outcome and a scenario's outcome of the same method. */
    public static Delta between(AssessmentOutcome before, AssessmentOutcome after) {
        List<AxisDelta> axes = new ArrayList<>();
        for (Axis a : before.axes()) {
            Axis b = after.axis(a.axis());
            List<RiskDelta> risks = new ArrayList<>();
            for (Risk r : a.risks()) {
                Risk s = b.risk(r.type());
                risks.add(new RiskDelta(r.type(), r.level(), s == null ? null : s.level()));
            }
            axes.add(new AxisDelta(a.axis(), a.position(), b.position(), a.positionLabel(), b.positionLabel(),
                    List.copyOf(risks)));
        }
        List<IndicatorDelta> indicators = new ArrayList<>();
        for (Indicator i : before.indicators()) {
            Indicator j = after.indicator(i.code());
            if (!sameNumber(i.value(), j.value()) || i.band() != j.band()) {
                indicators.add(new IndicatorDelta(i.code(), i.value(), j.value(), i.band(), j.band()));
            }
        }
        return new Delta(List.copyOf(axes), List.copyOf(indicators), codes(before.flags(), after.flags()),
                codes(before.warnings().stream().map(AssessmentOutcome.Warning::code).toList(),
                        after.warnings().stream().map(AssessmentOutcome.Warning::code).toList()),
                codes(before.questions().stream().map(AssessmentOutcome.Question::code).toList(),
                        after.questions().stream().map(AssessmentOutcome.Question::code).toList()));
    }

    private static boolean sameNumber(Number a, Number b) {
        if (a == null || b == null) {
            return Objects.equals(a, b);
        }
        return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
    }

    private static Codes codes(List<String> before, List<String> after) {
        Set<String> added = new LinkedHashSet<>(after);
        before.forEach(added::remove);
        Set<String> removed = new LinkedHashSet<>(before);
        after.forEach(removed::remove);
        return new Codes(List.copyOf(added), List.copyOf(removed));
    }
}
