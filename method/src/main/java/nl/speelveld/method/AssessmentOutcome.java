package nl.speelveld.method;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /** How many inputs each indicator of a stored assessment lists; the rest are paged through separately. */
    public static final int INPUTS_LISTED = 20;

    /**
     * The same outcome with each indicator listing at most {@code max} inputs and the link to the full list
     * ({@code linkOf} maps an indicator code to it): what an assessment answer holds, bounded whatever the number of
     * groups and interests.
     */
    public AssessmentOutcome withInputsListed(int max, Function<String, String> linkOf) {
        return new AssessmentOutcome(methodVersion, thresholdSetVersion, axes,
                indicators.stream().map(i -> i.withInputsListed(max, linkOf.apply(i.code()))).toList(), flags,
                warnings, questions, disclaimer);
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
     * @param inputs      the stored records the value rests on: all of them as the method computes, the first
     *                    {@link #INPUTS_LISTED} in a stored assessment ({@link #withInputsListed})
     * @param inputCount  how many records the value rests on (never fewer than {@code inputs} lists)
     * @param inputsLink  where the full list can be paged through; null where it is not stored
     * @param details     what a person needs to check the number (see docs/api-guide.md)
     */
    public record Indicator(String code, String axis, Map<String, String> label, Number value, Band band,
                            String formula, List<Input> inputs, int inputCount, String inputsLink,
                            Map<String, String> explanation, List<String> sources, Map<String, Object> details) {
        public Indicator {
            label = AssessmentInput.copy(label);
            inputs = inputs instanceof DerivedInputs<?> ? inputs : List.copyOf(inputs); // immutable already
            inputCount = Math.max(inputCount, inputs.size()); // an outcome stored before inputCount existed
            explanation = AssessmentInput.copy(explanation);
            sources = List.copyOf(sources);
            details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        }

        /** The same indicator listing only its first {@code max} inputs, with the link to all of them. */
        public Indicator withInputsListed(int max, String link) {
            return new Indicator(code, axis, label, value, band, formula,
                    inputs.size() > max ? inputs.subList(0, max) : inputs, inputCount, link, explanation, sources,
                    details);
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
