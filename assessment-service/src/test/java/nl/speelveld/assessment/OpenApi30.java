package nl.speelveld.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the OpenAPI 3.1 document the service publishes into the OpenAPI 3.0 dialect that Atlassian's
 * swagger-request-validator (2.46.1) checks. Fed 3.1 as is, the validator silently skips the type checks of every
 * referenced schema (a body {@code {"version": 5}} passes where a string is declared), so a test would prove nothing.
 * The rewrite is mechanical and keeps the meaning: {@code type: [X, "null"]} becomes {@code type: X, nullable: true}
 * (dropped where an {@code anyOf} with {@code {type: "null"}} already says it), and a schema's {@code examples} array
 * becomes its single {@code example}.
 */
final class OpenApi30 {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApi30() {
    }

    static String from(String openApi31) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(openApi31);
        root.put("openapi", "3.0.3");
        rewrite(root);
        return JSON.writeValueAsString(root);
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode type = object.get("type");
            if (type instanceof ArrayNode types) {
                List<String> named = new ArrayList<>();
                types.forEach(t -> named.add(t.asText()));
                boolean nullable = named.remove("null");
                if (object.has("anyOf") || named.size() != 1) {
                    object.remove("type");
                } else {
                    object.put("type", named.get(0));
                }
                if (nullable && !object.has("anyOf")) {
                    object.put("nullable", true);
                }
            }
            JsonNode examples = object.get("examples");
            if (examples instanceof ArrayNode list && !object.has("in")) {
                object.remove("examples");
                if (!list.isEmpty()) {
                    object.set("example", list.get(0));
                }
            }
            object.elements().forEachRemaining(OpenApi30::rewrite);
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApi30::rewrite);
        }
    }
}
