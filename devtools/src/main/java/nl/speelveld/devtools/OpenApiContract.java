package nl.speelveld.devtools;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test support: checks what a running test application (a {@code @QuarkusTest}) sends against the OpenAPI document it
 * publishes at {@value #SPEC_PATH}, with Atlassian's swagger-request-validator. The one implementation the contract
 * tests of all services share.
 *
 * <p><b>Why a rewrite.</b> Quarkus publishes OpenAPI 3.1.0. Fed 3.1, swagger-request-validator 2.46.1 silently
 * skips the schema checks (a body {@code {"version": 5}} passes where a string is declared), so a contract test would
 * prove nothing. {@link #toOpenApi30(String)} therefore rewrites the published document mechanically into the 3.0
 * dialect the validator does check. The rules, each limited to what the three services' documents contain:
 * <ol>
 *   <li>{@code openapi: 3.1.x} becomes {@code openapi: 3.0.3}.</li>
 *   <li>{@code type: [X, "null"]} becomes {@code type: X, nullable: true}; where the same schema has an
 *       {@code anyOf}/{@code oneOf} with a {@code {type: "null"}} branch, which already admits null, the
 *       {@code type} is dropped instead. Such a {@code {type: "null"}} branch is kept as is: the validator's JSON
 *       Schema (draft 4) engine knows the type {@code null}.</li>
 *   <li>A schema's {@code examples: [a, ...]} becomes {@code example: a} (3.0 has only the singular form; the
 *       {@code examples} map of a parameter or media type is the same in both versions and stays).</li>
 *   <li>Siblings of a {@code $ref} ({@code description}, {@code examples}, {@code type}) are dropped, as 3.0 ignores
 *       them anyway; a sibling {@code type} must equal the type of the referenced schema, so no constraint is
 *       lost.</li>
 * </ol>
 * The top-level {@code webhooks} (the event catalogue: requests the service sends, never answers it gives) are left
 * out, since the validator checks only this API's requests and answers; the schemas they refer to stay and are
 * rewritten like any other.
 * Anything else 3.1-only ({@code const}, numeric {@code exclusiveMinimum}, {@code prefixItems},
 * a {@code type} list with two non-null types, ...) is not rewritten but fails loudly
 * ({@link IllegalStateException} with its JSON pointer): extend the rules rather than let the validator skip it.
 * Example values, defaults and enums are data, not schema, and are left alone.
 *
 * <p><b>Requests.</b> {@link #filter()} checks the request as well as the response; send the token as a plain
 * {@code Authorization} header there, since RestAssured adds {@code auth().oauth2()} after the filters have run.
 * {@link #responses()} checks only the response: for requests that are wrong on purpose.
 *
 * <p><b>Proof.</b> A contract test is only worth something when the validator can fail: {@link #assertRejects}
 * validates a hand-made response against the same document and fails when the validator accepts it.
 *
 * <p>The validators are built once per application address ({@code RestAssured.baseURI} and {@code port}), from the
 * document fetched at that moment. Needs {@code io.rest-assured:rest-assured} and
 * {@code com.atlassian.oai:swagger-request-validator-restassured} on the test class path; devtools only compiles
 * against them ({@code provided}), so no production class path carries them.
 */
public final class OpenApiContract {

    /** Where every service publishes its document. */
    public static final String SPEC_PATH = "/v1/openapi.json";
    /** The base path of every operation: the path of the document's servers. */
    public static final String BASE_PATH = "/v1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Validators> BY_APPLICATION = new ConcurrentHashMap<>();

    /** Keywords of JSON Schema 2020-12 / OpenAPI 3.1 that 3.0 does not know and that the rewrite does not handle. */
    private static final Set<String> UNHANDLED_31 = Set.of("const", "prefixItems", "$defs", "$id", "$anchor",
            "$dynamicRef", "$dynamicAnchor", "$schema", "$comment", "if", "then", "else", "dependentRequired",
            "dependentSchemas", "unevaluatedProperties", "unevaluatedItems", "contentMediaType", "contentEncoding",
            "contentSchema", "contains", "minContains", "maxContains", "propertyNames", "patternProperties");
    /** Keys whose values are data (examples, defaults, allowed values), never schema: not rewritten. */
    private static final Set<String> DATA = Set.of("example", "default", "enum", "value");

    private record Validators(OpenApiInteractionValidator full, OpenApiInteractionValidator responses,
            Filter fullFilter, Filter responsesFilter) {
    }

    private OpenApiContract() {
    }

    /** A RestAssured filter that fails a call whose request or response does not match the published document. */
    public static Filter filter() {
        return validators().fullFilter();
    }

    /** A RestAssured filter that fails a call whose response does not match the published document. */
    public static Filter responses() {
        return validators().responsesFilter();
    }

    /** The validator behind {@link #responses()}: responses only, requests are not checked. */
    public static OpenApiInteractionValidator validator() {
        return validators().responses();
    }

    /**
     * Validates a response {@code body} of {@code method path} with {@code status} (content type
     * {@code application/json}) against the published document, and throws an {@link AssertionError} when the
     * validator finds nothing wrong with it. {@code path} includes {@value #BASE_PATH}.
     *
     * @return the messages of the validator, so the caller can check it complained about the right thing
     */
    public static List<ValidationReport.Message> assertRejects(Request.Method method, String path, int status,
            String body) {
        return assertRejects(method, path, status, "application/json", body);
    }

    /** As {@link #assertRejects(Request.Method, String, int, String)}, with a given content type. */
    public static List<ValidationReport.Message> assertRejects(Request.Method method, String path, int status,
            String contentType, String body) {
        ValidationReport report = check(method, path, status, contentType, body);
        if (!report.hasErrors()) {
            throw new AssertionError("The validator accepted a response that breaks the published document, so the"
                    + " contract tests check nothing: " + method + " " + path + " " + status + " " + body);
        }
        return report.getMessages();
    }

    /** Validates a hand-made response against the published document; requests are not checked. */
    public static ValidationReport check(Request.Method method, String path, int status, String contentType,
            String body) {
        return validator().validateResponse(path, method, SimpleResponse.Builder.status(status)
                .withContentType(contentType).withBody(body).build());
    }

    private static Validators validators() {
        String application = RestAssured.baseURI + ":" + RestAssured.port;
        return BY_APPLICATION.computeIfAbsent(application, a -> {
            String published = RestAssured.given().when().get(SPEC_PATH)
                    .then().statusCode(200).extract().asString();
            String spec = toOpenApi30(published);
            OpenApiInteractionValidator full = OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                    .withBasePathOverride(BASE_PATH).build();
            OpenApiInteractionValidator responses = OpenApiInteractionValidator
                    .createForInlineApiSpecification(spec)
                    .withBasePathOverride(BASE_PATH)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                    .build();
            return new Validators(full, responses, new OpenApiValidationFilter(full),
                    new OpenApiValidationFilter(responses));
        });
    }

    /**
     * The published OpenAPI 3.1 document rewritten into OpenAPI 3.0.3 by the rules in the class comment; a 3.0
     * document comes back unchanged but for the same checks.
     *
     * @throws IllegalStateException at a 3.1-only construct the rules do not cover
     */
    public static String toOpenApi30(String published) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(published);
            if (root.path("openapi").asText().startsWith("3.1")) {
                root.put("openapi", "3.0.3");
            }
            root.remove("webhooks");
            for (String key : List.of("jsonSchemaDialect")) {
                if (root.has(key)) {
                    throw unhandled("/" + key, key);
                }
            }
            if (root.path("components").has("pathItems")) {
                throw unhandled("/components/pathItems", "pathItems");
            }
            rewrite(root, root, "", false);
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON OpenAPI document", e);
        }
    }

    /**
     * @param names whether the keys of {@code node} are property names (the value of {@code properties}) rather
     *              than keywords
     */
    private static void rewrite(ObjectNode root, JsonNode node, String pointer, boolean names) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                rewrite(root, array.get(i), pointer + "/" + i, false);
            }
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        if (!names) {
            rewriteKeywords(root, object, pointer);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (!names && (DATA.contains(key) || key.equals("examples") && value.isObject())) {
                continue; // data, or the examples map of a parameter or media type: no schema inside
            }
            rewrite(root, value, pointer + "/" + key.replace("~", "~0").replace("/", "~1"),
                    !names && key.equals("properties"));
        }
    }

    private static void rewriteKeywords(ObjectNode root, ObjectNode object, String pointer) {
        for (String keyword : UNHANDLED_31) {
            if (object.has(keyword)) {
                throw unhandled(pointer, keyword);
            }
        }
        for (String keyword : List.of("exclusiveMinimum", "exclusiveMaximum")) {
            if (object.has(keyword) && object.get(keyword).isNumber()) {
                throw unhandled(pointer, keyword + " as a number");
            }
        }
        if (object.has("$ref") && object.size() > 1) {
            JsonNode type = object.get("type");
            if (type != null) {
                JsonNode target = resolve(root, object.get("$ref").asText(), pointer);
                if (!type.equals(target.get("type"))) {
                    throw new IllegalStateException("At " + pointer + " a $ref has the sibling type " + type
                            + " but the referenced schema has type " + target.get("type")
                            + "; dropping it (3.0) would lose a constraint: extend the rewrite");
                }
            }
            object.retain("$ref");
            return;
        }
        JsonNode type = object.get("type");
        if (type instanceof ArrayNode types) {
            List<String> named = new ArrayList<>();
            types.forEach(t -> named.add(t.asText()));
            boolean nullable = named.remove("null");
            if (named.size() > 1 || !nullable && named.isEmpty()) {
                throw unhandled(pointer, "type " + types);
            }
            if (hasNullBranch(object, "anyOf") || hasNullBranch(object, "oneOf")) {
                object.remove("type");
            } else if (named.isEmpty()) {
                object.put("type", "null");
            } else {
                object.put("type", named.get(0));
                if (nullable) {
                    object.put("nullable", true);
                }
            }
        }
        JsonNode examples = object.get("examples");
        if (examples instanceof ArrayNode list) {
            object.remove("examples");
            if (!list.isEmpty() && !object.has("example")) {
                object.set("example", list.get(0));
            }
        }
    }

    private static boolean hasNullBranch(ObjectNode object, String keyword) {
        if (object.get(keyword) instanceof ArrayNode branches) {
            for (JsonNode branch : branches) {
                if (branch.path("type").asText().equals("null") && branch.size() == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonNode resolve(ObjectNode root, String ref, String pointer) {
        if (!ref.startsWith("#/")) {
            throw unhandled(pointer, "$ref " + ref + " outside the document");
        }
        JsonNode target = root.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException("At " + pointer + " the $ref " + ref + " points at nothing");
        }
        return target;
    }

    private static IllegalStateException unhandled(String pointer, String construct) {
        return new IllegalStateException("At " + (pointer.isEmpty() ? "/" : pointer) + " the published document uses "
                + construct + ", which OpenAPI 3.0 does not have and OpenApiContract does not rewrite: extend its"
                + " rules, or the validator would skip it");
    }
}
