package nl.speelveld.conventions.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * When a client asks for one language ({@code ?locale=en} or {@code Accept-Language}), every localized text in a JSON
 * answer holds that language only, falling back to Dutch and then to the first language present. Without such a
 * request the answer carries every language. A localized text is recognised as a JSON object whose keys are all
 * language tags and whose values are all strings.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class LanguageFilter implements ContainerResponseFilter {

    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private final ObjectMapper json;

    LanguageFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.hasEntity() || response.getEntity() instanceof byte[] || response.getEntity() instanceof String
                || response.getStatus() >= 300
                || (response.getMediaType() != null
                && !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType()))) {
            return;
        }
        List<String> wanted = wanted(request.getUriInfo().getQueryParameters().getFirst("locale"),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (wanted.isEmpty()) {
            return;
        }
        JsonNode tree = json.valueToTree(response.getEntity());
        response.setEntity(narrow(tree, wanted), response.getEntityAnnotations(), response.getMediaType());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, wanted.get(0));
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    /** The languages asked for, most wanted first; empty when the client did not ask for one. */
    static List<String> wanted(String locale, String acceptLanguage) {
        String source = locale != null && !locale.isBlank() ? locale : acceptLanguage;
        List<String> out = new ArrayList<>();
        if (source == null) {
            return out;
        }
        for (String part : source.split(",")) {
            String tag = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (TAG.matcher(tag).matches()) {
                out.add(tag);
            }
        }
        return out;
    }

    static JsonNode narrow(JsonNode node, List<String> wanted) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, narrow(array.get(i), wanted));
            }
            return array;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        if (isLocalized(object)) {
            String chosen = choose(object, wanted);
            ObjectNode one = object.objectNode();
            one.set(chosen, object.get(chosen));
            return one;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        fields.forEachRemaining(entries::add);
        for (Map.Entry<String, JsonNode> e : entries) {
            object.set(e.getKey(), narrow(e.getValue(), wanted));
        }
        return object;
    }

    private static boolean isLocalized(ObjectNode object) {
        if (object.isEmpty()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (!TAG.matcher(e.getKey()).matches() || !e.getValue().isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static String choose(ObjectNode text, List<String> wanted) {
        for (String tag : wanted) {
            if (text.has(tag)) {
                return tag;
            }
            String primary = tag.split("-")[0];
            if (text.has(primary)) {
                return primary;
            }
        }
        return text.has("nl") ? "nl" : text.fieldNames().next();
    }
}
