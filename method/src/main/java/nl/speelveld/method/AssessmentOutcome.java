package nl.speelveld.method;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the method {@code dilemma-1.0} returns for one snapshot: the two dilemma axes, the thirteen indicators, flags,
 * data-quality warnings, reflection questions and the fixed disclaimer. The record components are named after the
 * JSON properties of the assessment response in docs/api-guide.md, so plain Jackson writes this as the response parts.
 * Localized texts are maps with the keys {@code nl} and {@code en}.
 */
public record AssessmentOutcome(
        String methodVersion,
        String thresholdSetVersion,
        List<Axis> axes,
        List<Indicator> indicators,
        List<String> flags,
        List<Warning> warnings,
        List<Question> questions,
        Map<String, String> disclaimer) {

    public AssessmentOutcome {
        axes = List.copyOf(axes);
        indicators = List.copyOf(indicators);
        flags = List.copyOf(flags);
        warnings = List.copyOf(warnings);
        questions = List.copyOf(questions);
        disclaimer = AssessmentInput.copy(disclaimer);
    }

    /** The axis with this code ({@code FEASIBILITY_INCLUSIVITY} or {@code ROLE}), or null. */
    public Axis axis(String code) {
        return axes.stream().filter(a -> a.axis().equals(code)).findFirst().orElse(null);
    }

    /** The indicator with this code (e.g. {@code FI-5}), or null. */
    public Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    /**
     * One dilemma axis.
     *
     * @param position      0-100, null when it cannot be computed
     * @param positionLabel {@code FOCUSED}/{@code INTERMEDIATE}/{@code BROADENED}, or the role code taken; null when
     *                      the position is null
     * @param markers       role axis: the wanted role and each holder's expected role; empty on the other axis
     */
    public record Axis(String axis, Integer position, String positionLabel, List<Marker> markers, List<Risk> risks) {
        public Axis {
            markers = List.copyOf(markers);
            risks = List.copyOf(risks);
        }

        /** The risk of this type, or null. */
        public Risk risk(String type) {
            return risks.stream().filter(r -> r.type().equals(type)).findFirst().orElse(null);
        }
    }

    /**
     * A role marker on the role axis.
     *
     * @param label    the role code (e.g. {@code DIRECT})
     * @param position 25 × role value
     * @param kind     {@code WANTED} or {@code EXPECTED}
     * @param holder   who wants or expects it
     */
    public record Marker(String label, int position, String kind, Holder holder) {
    }

    /** The holder of a role observation: its source and, where recorded, its group id and name. */
    public record Holder(String source, String groupId, String name) {
    }

    /** A risk chip: the highest rated band among {@code drivenBy}'s indicators. */
    public record Risk(String type, Band level, List<String> drivenBy) {
        public Risk {
            drivenBy = List.copyOf(drivenBy);
        }
    }

    /**
     * One indicator.
     *
     * @param value   a plain fraction rounded to 3 decimals, a whole number for counts, or null when not computed
     * @param formula the formula with its inputs filled in
     * @param inputs  the stored records the value rests on
     * @param details what a person needs to check the number (see docs/api-guide.md)
     */
    public record Indicator(String code, String axis, Map<String, String> label, Number value, Band band,
                            String formula, List<Input> inputs, Map<String, String> explanation,
                            List<String> sources, Map<String, Object> details) {
        public Indicator {
            label = AssessmentInput.copy(label);
            inputs = List.copyOf(inputs);
            explanation = AssessmentInput.copy(explanation);
            sources = List.copyOf(sources);
            details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        }
    }

    /** One traced input: the id of the record (or a symbolic name), a readable label and the value used. */
    public record Input(String ref, String label, Object value) {
    }

    /** A data-quality warning; {@code message} is localized. */
    public record Warning(String code, Map<String, String> message) {
        public Warning {
            message = AssessmentInput.copy(message);
        }
    }

    /** A reflection question with its triggers and its filled-in text. */
    public record Question(String code, List<String> triggeredBy, Map<String, String> text) {
        public Question {
            triggeredBy = List.copyOf(triggeredBy);
            text = AssessmentInput.copy(text);
        }
    }
}
