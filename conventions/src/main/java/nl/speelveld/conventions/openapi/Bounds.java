package nl.speelveld.conventions.openapi;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where the OpenAPI documents get their bounds (OWASP API4:2023, unrestricted resource consumption):
 * every string without {@code maxLength}, {@code enum} or {@code const} gets a maximum length, every array without
 * {@code maxItems} a maximum number of items, every integer a {@code format} and a {@code minimum} and
 * {@code maximum}. The defaults are the ones the strict JSON reader enforces on every request body
 * ({@link nl.speelveld.conventions.json.StrictJson}: a longer string or a longer array is a 400 naming the field), so
 * the document says what the services do. A field with a tighter domain limit declares it on its DTO
 * ({@code @Size}/{@code @Max} with {@code @Schema}); that wins.
 */
public final class Bounds {

    /** The longest text any request field takes unless its DTO says less (a decision record's reasoning). */
    public static final int MAX_STRING_LENGTH = 10_000;
    /** The most items any request array takes unless its DTO says less. */
    public static final int MAX_ARRAY_ITEMS = 1_000;

    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35,
            "time-local", 18, "email", 254, "uri", 2048, "uri-reference", 2048);

    private final Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private Bounds() {
    }

    /** Adds the default bounds to every schema of the document. */
    public static void apply(OpenAPI openAPI) {
        Bounds bounds = new Bounds();
        Components components = openAPI.getComponents();
        if (components != null) {
            each(components.getSchemas(), bounds::schema);
            each(components.getParameters(), bounds::parameter);
            each(components.getHeaders(), bounds::header);
            each(components.getRequestBodies(), bounds::requestBody);
            each(components.getResponses(), bounds::response);
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                list(item.getParameters()).forEach(bounds::parameter);
                for (Operation operation : item.getOperations().values()) {
                    list(operation.getParameters()).forEach(bounds::parameter);
                    bounds.requestBody(operation.getRequestBody());
                    if (operation.getResponses() != null) {
                        each(operation.getResponses().getAPIResponses(), bounds::response);
                    }
                }
            }
        }
    }

    private void parameter(Parameter parameter) {
        if (parameter != null) {
            schema(parameter.getSchema());
            content(parameter.getContent());
        }
    }

    private void header(Header header) {
        if (header != null) {
            schema(header.getSchema());
            content(header.getContent());
        }
    }

    private void requestBody(RequestBody body) {
        if (body != null) {
            content(body.getContent());
        }
    }

    private void response(APIResponse response) {
        if (response != null) {
            each(response.getHeaders(), this::header);
            content(response.getContent());
        }
    }

    private void content(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType media : content.getMediaTypes().values()) {
                schema(media.getSchema());
            }
        }
    }

    void schema(Schema schema) {
        if (schema == null || !seen.add(schema) || schema.getRef() != null) {
            return;
        }
        List<Schema.SchemaType> types = schema.getType();
        String format = schema.getFormat();
        if ((types == null || types.isEmpty()) && format != null && FORMAT_LENGTHS.containsKey(format)) {
            // a string format without its type (a path parameter of a UUID, for instance)
            schema.addType(Schema.SchemaType.STRING);
            types = schema.getType();
        }
        boolean restricted = schema.getEnumeration() != null || schema.get("const") != null;
        if (types != null && types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null
                && !restricted) {
            schema.setMaxLength(format == null ? MAX_STRING_LENGTH
                    : FORMAT_LENGTHS.getOrDefault(format, MAX_STRING_LENGTH));
        }
        if (types != null && types.contains(Schema.SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems(MAX_ARRAY_ITEMS);
        }
        if (types != null && types.contains(Schema.SchemaType.INTEGER)) {
            integer(schema);
        }
        each(schema.getProperties(), this::schema);
        each(schema.getPatternProperties(), this::schema);
        schema(schema.getItems());
        schema(schema.getAdditionalPropertiesSchema());
        schema(schema.getNot());
        list(schema.getAllOf()).forEach(this::schema);
        list(schema.getAnyOf()).forEach(this::schema);
        list(schema.getOneOf()).forEach(this::schema);
        list(schema.getPrefixItems()).forEach(this::schema);
    }

    /** int32 unless a bound needs more; the format's range where no tighter bound is declared. */
    private static void integer(Schema schema) {
        BigDecimal intMin = BigDecimal.valueOf(Integer.MIN_VALUE);
        BigDecimal intMax = BigDecimal.valueOf(Integer.MAX_VALUE);
        if (schema.getFormat() == null) {
            boolean fits = fits(schema.getMinimum(), intMin, intMax) && fits(schema.getMaximum(), intMin, intMax)
                    && fits(schema.getExclusiveMinimum(), intMin, intMax)
                    && fits(schema.getExclusiveMaximum(), intMin, intMax);
            schema.setFormat(fits ? "int32" : "int64");
        }
        boolean int64 = "int64".equals(schema.getFormat());
        if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
            schema.setMinimum(int64 ? BigDecimal.valueOf(Long.MIN_VALUE) : intMin);
        }
        if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
            schema.setMaximum(int64 ? BigDecimal.valueOf(Long.MAX_VALUE) : intMax);
        }
    }

    private static boolean fits(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value == null || value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    private static <T> void each(Map<String, T> map, java.util.function.Consumer<T> action) {
        if (map != null) {
            map.values().forEach(action);
        }
    }

    private static <T> Collection<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
