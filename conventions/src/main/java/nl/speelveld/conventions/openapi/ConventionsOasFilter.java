package nl.speelveld.conventions.openapi;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the conventions into every service's OpenAPI document in one place, so that the NL API Design Rules hold
 * for each operation: the {@code /v1} server URLs, the {@code API-Version} header on every 2xx/3xx answer, the
 * problem-details answers every operation can give (400, 401, 403, 404 for paths with an id, 500), the 304 of a
 * conditional read (a GET that takes If-None-Match), the {@code Idempotency-Key} header and the 409/422 of every
 * idempotent create (a resource method marked {@link nl.speelveld.conventions.idempotency.Idempotent} and
 * {@code @Parameter(ref = "Idempotency-Key")}: the header is handled by the IdempotencyFilter, so the resource methods
 * take no parameter for it, and it is described here, once), problem+json as the media type of every error, and the
 * bearer-token security scheme.
 */
public class ConventionsOasFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var config = ConfigProvider.getConfig();
        String version = config.getOptionalValue("speelveld.api.version", String.class).orElse("1.0.0");
        List<String> servers = config.getOptionalValues("speelveld.openapi.servers", String.class)
                .orElse(List.of("http://localhost:8080/v1"));
        // x-internal: the audience of each server (OWASP API9:2023); the loopback one is the local run
        openAPI.setServers(servers.stream().map(url -> OASFactory.createServer().url(url)
                .addExtension("x-internal", url.startsWith("http://localhost")
                        || url.startsWith("http://127.0.0.1"))).toList());
        openAPI.getInfo().setVersion(version);

        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema("Problem", problemSchema());
        components.addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A JWT from the municipality's identity provider. The `municipality` claim (CBS code)"
                        + " is the tenant; the `scope` claim carries the scopes, e.g. `initiatives:read`. Tokens are"
                        + " verified as RFC8725 (JSON Web Token Best Current Practices) asks: the signature algorithm"
                        + " is fixed by the service (RS256 with the identity provider's keys), never taken from the"
                        + " token (`none` is refused); issuer and audience must match; `exp` is required and `iat`"
                        + " may lie in the future by the clock skew only."));
        components.addHeader("API-Version", OASFactory.createHeader()
                .description("The full semantic version of this API").schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING).examples(List.of(version))));
        components.addHeader("RateLimit", OASFactory.createHeader()
                .description("The caller's remaining budget (IETF RateLimit header fields): the policy, `r` requests"
                        + " left and `t` seconds until the window resets; reads and writes have separate budgets"
                        + " per client of a municipality").schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING).maxLength(200)
                        .examples(List.of("\"reads\";r=587;t=41"))));
        components.addHeader("RateLimit-Policy", OASFactory.createHeader()
                .description("The budget that applies: `q` requests per `w` seconds").schema(OASFactory
                        .createSchema().addType(Schema.SchemaType.STRING).maxLength(200)
                        .examples(List.of("\"reads\";q=600;w=60"))));
        components.addHeader("Access-Control-Allow-Origin", OASFactory.createHeader()
                .description("CORS: present when the request carried an `Origin` that is configured as a portal of"
                        + " the token's municipality (on `/v1/openapi.json`: `*`). Requests without `Origin` never"
                        + " get it and are not affected; see the API guide, \"CORS: calling from a browser\".")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(2048)
                        .format("uri").examples(List.of("https://participatie.utrecht.nl"))));
        components.addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait before trying again").schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ZERO)
                        .maximum(java.math.BigDecimal.valueOf(86400))));
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("bearer")));
        List<String> eventTypes = nl.speelveld.conventions.events.EventCatalogue.types(config);
        addWebhooks(openAPI, eventTypes);
        enumerateSubscribableTypes(openAPI, eventTypes);

        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        Map<String, PathItem> rewritten = new LinkedHashMap<>();
        paths.getPathItems().forEach((path, item) -> {
            boolean hasId = path.contains("{");
            item.getOperations().forEach((method, operation) -> {
                inlineIdempotencyKey(operation);
                complete(operation, hasId, method);
            });
            rewritten.put(path.startsWith("/v1/") ? path.substring(3) : path, item);
        });
        Paths newPaths = OASFactory.createPaths();
        rewritten.forEach(newPaths::addPathItem);
        openAPI.setPaths(newPaths);
        ClientReadySchemas.apply(openAPI);
        Bounds.apply(openAPI);
        nl.speelveld.conventions.export.ExportOpenApi.apply(openAPI);
    }

    /**
     * The event types a webhook subscription may name, as the enum of its {@code types} items, with the first as the
     * example: the service refuses any other (400 {@code unknown-code}). Only the request: a stored subscription is
     * answered with the types it was given.
     */
    private static void enumerateSubscribableTypes(OpenAPI openAPI, List<String> types) {
        if (types.isEmpty() || openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema request = openAPI.getComponents().getSchemas().get("WebhookSubscriptionRequest");
        Schema list = request == null || request.getProperties() == null ? null : request.getProperties().get("types");
        if (list == null || list.getItems() == null) {
            return;
        }
        list.getItems().setEnumeration(new java.util.ArrayList<>(types));
        list.setExamples(List.of(List.of(types.get(0))));
    }

    /**
     * The event catalogue as OAS 3.1 {@code webhooks}: one entry per event type, each the signed POST a subscriber
     * receives (docs/events.md). The same event is in the feed at GET /events.
     */
    private void addWebhooks(OpenAPI openAPI, List<String> types) {
        if (types.isEmpty()) {
            return;
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200);
        for (String type : types) {
            String[] parts = type.substring(nl.speelveld.conventions.events.EventCatalogue.PREFIX.length(),
                    type.length() - nl.speelveld.conventions.events.EventCatalogue.SUFFIX.length()).split("\\.");
            String resource = parts[0];
            String action = parts.length > 1 ? parts[1] : "";
            Operation post = OASFactory.createOperation()
                    .operationId(camel("on-" + resource + "-" + action))
                    .summary("A " + resource.replace('-', ' ') + " was " + action.replace('-', ' '))
                    .description("CloudEvent `" + type + "`, POSTed to each subscription that lists it (Standard"
                            + " Webhooks: verify `webhook-signature` over `webhook-id.webhook-timestamp.body`)."
                            + " `data` holds ids, the version and `href`; read the resource with your own token.")
                    .tags(List.of("Webhooks"))
                    .parameters(List.of(
                            OASFactory.createParameter().name("webhook-id").in(
                                    org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                                    .required(true).description("The event id; the same on every retry")
                                    .schema(text),
                            OASFactory.createParameter().name("webhook-timestamp").in(
                                    org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                                    .required(true).description("Seconds since the epoch at sending")
                                    .schema(text),
                            OASFactory.createParameter().name("webhook-signature").in(
                                    org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                                    .required(true).description("`v1,<base64 HMAC-SHA256>`, space-separated; two"
                                            + " during a secret rotation").schema(text)))
                    .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                            .addMediaType("application/cloudevents+json", OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref("#/components/schemas/CloudEvent")))))
                    .responses(OASFactory.createAPIResponses()
                            .addAPIResponse("200", OASFactory.createAPIResponse()
                                    .description("Received (any 2xx); anything else is retried with backoff"))
                            .addAPIResponse("410", OASFactory.createAPIResponse()
                                    .description("Gone: the subscription is disabled, nothing more is sent")));
            openAPI.addWebhook(type, OASFactory.createPathItem().POST(post));
        }
    }

    private static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }

    /**
     * An idempotent create names the header with {@code @Parameter(ref = "Idempotency-Key")} (the IdempotencyFilter
     * reads it; the resource method takes no parameter for it); here the reference becomes the one description.
     */
    private static void inlineIdempotencyKey(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        List<org.eclipse.microprofile.openapi.models.parameters.Parameter> parameters = new java.util.ArrayList<>();
        for (var parameter : operation.getParameters()) {
            boolean reference = parameter.getRef() != null && parameter.getRef().endsWith("/Idempotency-Key");
            parameters.add(!reference ? parameter : OASFactory.createParameter().name("Idempotency-Key")
                    .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                    .description("Makes a retried create safe: the same key with the same body within 24 hours"
                            + " returns the stored answer instead of creating again; with another body 422, while"
                            + " the first request still runs 409")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(255)));
        }
        operation.setParameters(parameters);
    }

    private void complete(Operation operation, boolean hasId, PathItem.HttpMethod method) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        ensure(responses, "400", "The request is invalid: every invalid field is listed in `errors`.");
        ensure(responses, "401", "The bearer token is missing, expired, wrongly signed or for another audience.");
        ensure(responses, "403", "The token lacks the scope this operation needs.");
        if (hasId) {
            ensure(responses, "404", "Not found for your municipality.");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH) {
            ensure(responses, "413", "The request body is larger than 256 KiB.");
            ensure(responses, "415", "The Content-Type is not accepted.");
        }
        if (method == PathItem.HttpMethod.GET && hasHeader(operation, "If-None-Match")) {
            ensure(responses, "304", "Not modified since the ETag in If-None-Match");
        }
        if (hasHeader(operation, "Idempotency-Key")) {
            ensure(responses, "409", "A request with this Idempotency-Key is still running");
            ensure(responses, "422", "This Idempotency-Key was used with another body");
        }
        ensure(responses, "429", "Too many requests from this client of your municipality; wait Retry-After seconds.");
        ensure(responses, "500", "An unexpected failure; logged with the request id.");
        ensure(responses, "503", "The database (or a service this one reads) is unavailable; nothing was stored."
                + " Retry after Retry-After seconds.");
        for (String code : List.of("429", "503")) {
            org.eclipse.microprofile.openapi.models.responses.APIResponse r = responses.getAPIResponse(code);
            if (r.getHeaders() == null || !r.getHeaders().containsKey("Retry-After")) {
                r.addHeader("Retry-After", OASFactory.createHeader().ref("#/components/headers/Retry-After"));
            }
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("2") || code.startsWith("3")) {
                addHeader(response, "API-Version");
            }
            // Every answer of an operation carries the caller's budget (RateLimitFilter), errors included
            if (code.startsWith("2") || code.startsWith("4")) {
                addHeader(response, "RateLimit");
                addHeader(response, "RateLimit-Policy");
            }
            addHeader(response, "Access-Control-Allow-Origin");
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent(response.getContent()));
            }
        });
    }

    private static void addHeader(APIResponse response, String header) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(header)) {
            response.addHeader(header, OASFactory.createHeader().ref("#/components/headers/" + header));
        }
    }

    private static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream().anyMatch(p ->
                p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER
                        && name.equalsIgnoreCase(p.getName()));
    }

    private void ensure(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private Content problemContent(Content existing) {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        if (existing != null && existing.getMediaTypes() != null) {
            for (MediaType candidate : existing.getMediaTypes().values()) {
                if (candidate.getExamples() != null) {
                    media.setExamples(candidate.getExamples());
                }
            }
        }
        return OASFactory.createContent().addMediaType("application/problem+json", media);
    }

    private Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(List.of("title.nl")))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(List.of("must not be blank")))
                .addProperty("code", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(List.of("required")));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .required(List.of("type", "title", "status", "detail"))
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(List.of("/problems/validation")))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(List.of("Invalid request")))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)).examples(List.of(400)))
                .addProperty("detail", string)
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError));
    }
}
