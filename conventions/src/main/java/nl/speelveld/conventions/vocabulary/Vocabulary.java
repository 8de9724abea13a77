package nl.speelveld.conventions.vocabulary;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.speelveld.conventions.text.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One published enumeration: its name (e.g. {@code InitiativeType}) and its codes. */
@Schema(name = "Vocabulary")
public record Vocabulary(String name, String description, List<Entry> codes) {

    /** One code with its labels. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "VocabularyEntry")
    public record Entry(String code, @LocalizedText Map<String, String> label, String description, String source) {
    }

    public static <E extends Enum<E> & Coded> Vocabulary of(Class<E> type, String description) {
        return new Vocabulary(type.getSimpleName(), description, Arrays.stream(type.getEnumConstants())
                .map(c -> new Entry(c.name(), Map.of("nl", c.labelNl(), "en", c.labelEn()), c.description(),
                        c.source()))
                .toList());
    }
}
