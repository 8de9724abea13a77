package nl.speelveld.assessment.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import nl.speelveld.conventions.text.Languages;
import nl.speelveld.conventions.text.LocalizedText;
import nl.speelveld.method.AssessmentOutcome;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks the localized texts in the method's records for the answers (the method module is plain Java and knows no
 * JSON): an indicator's label and explanation, a warning's message, a question's text, and in an indicator's details
 * the issue labels ({@code label} of an issue reference, {@code issue} of a conflicting pair; docs/api-guide.md).
 */
@Singleton
public class MethodJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(AssessmentOutcome.Indicator.class, IndicatorTexts.class);
        mapper.addMixIn(AssessmentOutcome.Warning.class, WarningTexts.class);
        mapper.addMixIn(AssessmentOutcome.Question.class, QuestionTexts.class);
    }

    abstract static class IndicatorTexts {
        @LocalizedText
        abstract Map<String, String> label();

        /** Absent where the full list is not stored (a what-if scenario's outcome). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String inputsLink();

        @LocalizedText
        abstract Map<String, String> explanation();

        @JsonSerialize(using = LocalizedDetails.class)
        abstract Map<String, Object> details();
    }

    abstract static class WarningTexts {
        @LocalizedText
        abstract Map<String, String> message();
    }

    abstract static class QuestionTexts {
        @LocalizedText
        abstract Map<String, String> text();
    }

    /** An indicator's details, with the issue labels in them written for the answer's languages. */
    static class LocalizedDetails extends StdSerializer<Map<String, Object>> {

        /** The entries of the details that hold an issue's localized label. */
        private static final Set<String> TEXTS = Set.of("label", "issue");

        @SuppressWarnings("unchecked")
        LocalizedDetails() {
            super((Class<Map<String, Object>>) (Class<?>) Map.class);
        }

        @Override
        public void serialize(Map<String, Object> details, JsonGenerator out, SerializerProvider provider)
                throws IOException {
            List<String> wanted = Languages.of(provider);
            provider.defaultSerializeValue(wanted.isEmpty() ? details : narrow(details, wanted), out);
        }

        @SuppressWarnings("unchecked")
        private static Object narrow(Object value, List<String> wanted) {
            if (value instanceof List<?> list) {
                return list.stream().map(item -> narrow(item, wanted)).toList();
            }
            if (!(value instanceof Map<?, ?> map)) {
                return value;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((key, item) -> out.put((String) key, TEXTS.contains(key) && isText(item)
                    ? one((Map<String, String>) item, wanted) : narrow(item, wanted)));
            return out;
        }

        private static boolean isText(Object value) {
            return value instanceof Map<?, ?> map && !map.isEmpty()
                    && map.values().stream().allMatch(v -> v instanceof String);
        }

        private static Map<String, String> one(Map<String, String> text, List<String> wanted) {
            String chosen = Languages.choose(text, wanted);
            return Map.of(chosen, text.get(chosen));
        }
    }
}
