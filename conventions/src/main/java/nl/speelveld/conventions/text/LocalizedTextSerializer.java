package nl.speelveld.conventions.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link LocalizedText}: every language, or only the one {@link Languages#choose chosen} for the languages
 * the answer is written for (the serialization attribute {@link Languages#ATTRIBUTE}, set by {@link LanguageFilter}).
 * Every language is written like any map (sorted when the mapper sorts map entries).
 */
public class LocalizedTextSerializer extends StdSerializer<Map<String, String>> {

    @SuppressWarnings("unchecked")
    public LocalizedTextSerializer() {
        super((Class<Map<String, String>>) (Class<?>) Map.class);
    }

    @Override
    public void serialize(Map<String, String> text, JsonGenerator out, SerializerProvider provider)
            throws IOException {
        List<String> wanted = Languages.of(provider);
        out.writeStartObject(text);
        if (wanted.isEmpty() || text.isEmpty()) {
            Map<String, String> all = provider.isEnabled(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    ? new TreeMap<>(text) : text;
            for (Map.Entry<String, String> entry : all.entrySet()) {
                out.writeStringField(entry.getKey(), entry.getValue());
            }
        } else {
            String chosen = Languages.choose(text, wanted);
            out.writeStringField(chosen, text.get(chosen));
        }
        out.writeEndObject();
    }
}
