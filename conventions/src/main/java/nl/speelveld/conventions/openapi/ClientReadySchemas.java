package nl.speelveld.conventions.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Makes every service's OpenAPI document usable by client generators with their default options (issue 11: OpenAPI
 * Generator {@code java}/{@code native}, {@code openapi-typescript}), applied to all three services from the
 * conventions filter. Each rule fixes a workaround an integrator needed:
 * <ul>
 *   <li>a {@code $ref} has no sibling keywords but its {@code description} (a sibling {@code type}, {@code pattern},
 *       {@code format}, {@code maxLength} or {@code examples} repeats the referenced schema and made the Java
 *       generator warn and clear it);</li>
 *   <li>every parameter has a {@code type} (an untyped header or query parameter became {@code Object} /
 *       {@code unknown});</li>
 *   <li>an optional localized text or other map of a request body admits {@code null} (the server reads null as
 *       absent), so a generated model that was never given one sends nothing instead of {@code {}}, which the server
 *       rightly refuses as an empty text;</li>
 *   <li>the ids, versions and creation times of what the services answer, the {@code items} of a page, and what
 *       the create request of the same resource requires ({@code XRequest} → {@code X}), are {@code required}: they
 *       are always there, so a typed client does not see {@code string | undefined};</li>
 *   <li>the {@code errors} of the Problem schema are {@code FieldError}s;</li>
 *   <li>{@code ETag} (on answers of operations that take {@code If-None-Match} or {@code If-Match}) and {@code Location}
 *       (on every 201) are documented response headers.</li>
 * </ul>
 */
final class ClientReadySchemas {

    private static final String SCHEMAS = "#/components/schemas/";
    /** Members every answered record carries whenever the schema has them. */
    private static final List<String> ALWAYS_ANSWERED = List.of("id", "municipalityCode", "version", "createdAt");

    private ClientReadySchemas() {
    }

    static void apply(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        components.addHeader("ETag", OASFactory.createHeader()
                .description("The version of what was answered; send it back in If-Match to change it, or in"
                        + " If-None-Match to get 304 while it is unchanged")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)
                        .examples(List.of("\"3\""))));
        components.addHeader("Location", OASFactory.createHeader()
                .description("The URL of what was created")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")
                        .maxLength(2000)));
        Map<String, Schema> schemas = components.getSchemas() == null ? Map.of() : components.getSchemas();
        if (schemas.containsKey("FieldError") && schemas.containsKey("Problem")) {
            Schema fieldError = schemas.get("FieldError");
            fieldError.setRequired(List.of("field", "message", "code"));
            Schema errors = schemas.get("Problem").getProperties().get("errors");
            if (errors != null) {
                errors.setItems(OASFactory.createSchema().ref(SCHEMAS + "FieldError"));
            }
        }

        Set<String> requested = new HashSet<>();
        Set<String> answered = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, op) -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(ClientReadySchemas::typed);
            }
            if (op.getRequestBody() != null) {
                eachSchema(op.getRequestBody().getContent(), s -> requested.addAll(reachable(s, schemas)));
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().forEach((code, response) -> {
                    if (code.startsWith("2")) {
                        eachSchema(response.getContent(), s -> answered.addAll(reachable(s, schemas)));
                        headers(method, op, code, response);
                    }
                });
            }
        }));

        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            Schema schema = entry.getValue();
            walk(schema, ClientReadySchemas::onlyRef);
            if (schema.getProperties() == null) {
                continue;
            }
            String name = entry.getKey();
            if (requested.contains(name) && !name.endsWith("Patch")) {
                optionalMapsAdmitNull(schema);
            }
            if (answered.contains(name) && !requested.contains(name)) {
                requireAlwaysAnswered(schema, schemas.get(name + "Request"));
            }
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getRequestBody() != null) {
                eachSchema(op.getRequestBody().getContent(), s -> walk(s, ClientReadySchemas::onlyRef));
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().values()
                        .forEach(r -> eachSchema(r.getContent(), s -> walk(s, ClientReadySchemas::onlyRef)));
            }
        }));
    }

    /** A parameter without a type is a string: every header, cursor, code and id the services take is text. */
    private static void typed(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (parameter.getRef() != null) {
            return;
        }
        if (schema == null) {
            parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(255));
        } else if (schema.getRef() == null && schema.getType() == null && schema.getAnyOf() == null
                && schema.getOneOf() == null && schema.getAllOf() == null) {
            schema.addType(Schema.SchemaType.STRING);
        }
    }

    private static void headers(PathItem.HttpMethod method, Operation op, String code, APIResponse response) {
        boolean conditional = op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER
                        && ("If-None-Match".equalsIgnoreCase(p.getName()) || "If-Match".equalsIgnoreCase(p.getName())));
        if (conditional && (code.equals("200") || code.equals("201"))) {
            addHeader(response, "ETag");
        }
        if (code.equals("201") && method == PathItem.HttpMethod.POST) {
            addHeader(response, "Location");
        }
    }

    private static void addHeader(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            Header header = OASFactory.createHeader().ref("#/components/headers/" + name);
            response.addHeader(name, header);
        } else {
            Header header = response.getHeaders().get(name);
            if (header.getRef() == null && header.getSchema() == null) {
                header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(2000));
            }
        }
    }

    /** A {@code $ref} keeps its description and loses the keywords that repeat (or contradict) its target. */
    private static void onlyRef(Schema schema) {
        if (schema.getRef() == null) {
            return;
        }
        for (String key : new ArrayList<>(schema.getAll().keySet())) {
            if (!key.equals("$ref") && !key.equals("ref") && !key.equals("description")) {
                schema.set(key, null);
            }
        }
    }

    private static void optionalMapsAdmitNull(Schema schema) {
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((property, value) -> {
            if (required.contains(property) || value.getRef() != null || value.getType() == null) {
                return;
            }
            if (value.getType().equals(List.of(Schema.SchemaType.OBJECT))
                    && value.getAdditionalPropertiesSchema() != null) {
                value.addType(Schema.SchemaType.NULL);
            }
        });
    }

    private static void requireAlwaysAnswered(Schema schema, Schema request) {
        Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        // what a create must carry is stored and answered: required in XRequest is required in X
        if (request != null && request.getRequired() != null) {
            for (String property : request.getRequired()) {
                Schema value = schema.getProperties().get(property);
                if (value != null && !admitsNull(value)) {
                    required.add(property);
                }
            }
        }
        for (String property : ALWAYS_ANSWERED) {
            Schema value = schema.getProperties().get(property);
            if (value != null && !admitsNull(value)) {
                required.add(property);
            }
        }
        Schema items = schema.getProperties().get("items");
        if (items != null && items.getType() != null && items.getType().contains(Schema.SchemaType.ARRAY)
                && !admitsNull(items)) {
            required.add("items");
        }
        if (!required.isEmpty()) {
            schema.setRequired(new ArrayList<>(required));
        }
    }

    private static boolean admitsNull(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)) {
            return true;
        }
        for (List<Schema> branches : new ArrayList<List<Schema>>(java.util.Arrays.asList(schema.getAnyOf(),
                schema.getOneOf()))) {
            if (branches != null && branches.stream().anyMatch(b -> b.getType() != null
                    && b.getType().equals(List.of(Schema.SchemaType.NULL)))) {
                return true;
            }
        }
        return false;
    }

    private static void eachSchema(Content content, Consumer<Schema> action) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getSchema() != null) {
                action.accept(media.getSchema());
            }
        }
    }

    /** The names of the component schemas {@code root} refers to, directly or through others. */
    private static Set<String> reachable(Schema root, Map<String, Schema> schemas) {
        Set<String> names = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            walk(todo.pop(), s -> {
                String ref = s.getRef();
                if (ref != null && ref.startsWith(SCHEMAS)) {
                    String name = ref.substring(SCHEMAS.length());
                    if (names.add(name) && schemas.containsKey(name)) {
                        todo.add(schemas.get(name));
                    }
                }
            });
        }
        return names;
    }

    /** Visits {@code schema} and every schema inside it (not following {@code $ref}s). */
    static void walk(Schema schema, Consumer<Schema> action) {
        if (schema == null) {
            return;
        }
        action.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> walk(p, action));
        }
        walk(schema.getItems(), action);
        walk(schema.getAdditionalPropertiesSchema(), action);
        walk(schema.getNot(), action);
        for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (list != null) {
                list.forEach(s -> walk(s, action));
            }
        }
    }
}
