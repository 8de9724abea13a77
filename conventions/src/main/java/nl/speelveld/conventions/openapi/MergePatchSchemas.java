package nl.speelveld.conventions.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import nl.speelveld.conventions.json.MergePatch;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every merge-patch request body its own schema in the OpenAPI document. A merge patch holds only the fields to
 * change, so it must not inherit the {@code required} list of the create schema it is applied to ({@code
 * IssueRequest} → {@code IssuePatch}); the patched result is still validated like a create. Applied to every
 * service from this library.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class MergePatchSchemas implements OASFilter {

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null || openAPI.getPaths() == null
                || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                return;
            }
            MediaType media = operation.getRequestBody().getContent().getMediaType(MergePatch.MEDIA_TYPE);
            if (media == null || media.getSchema() == null || media.getSchema().getRef() == null
                    || !media.getSchema().getRef().startsWith(PREFIX)) {
                return;
            }
            String target = media.getSchema().getRef().substring(PREFIX.length());
            Schema source = components.getSchemas().get(target);
            if (source == null) {
                return;
            }
            String name = (target.endsWith("Request") ? target.substring(0, target.length() - 7) : target) + "Patch";
            if (!components.getSchemas().containsKey(name)) {
                components.addSchema(name, patchOf(source, target));
            }
            media.setSchema(OASFactory.createSchema().ref(PREFIX + name));
        }));
    }

    private static Schema patchOf(Schema source, String target) {
        Schema patch = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("A JSON merge patch (RFC 7396) of " + target + ": only the fields to change; null removes"
                        + " an optional field. The patched result must be a valid " + target + ".");
        Map<String, Schema> properties = source.getProperties();
        if (properties != null) {
            properties.forEach((name, property) -> patch.addProperty(name, admittingNull(property)));
        }
        return patch;
    }

    /**
     * Every member of a merge patch admits null (RFC 7396: null removes the member; the server refuses null for a
     * required one). This is also what makes generated clients send only the members that were set: OpenAPI
     * Generator's Java models wrap a nullable member in {@code JsonNullable} and leave it out while undefined, where a
     * non-nullable list or map was sent as {@code []} or {@code {}} and wiped what the patch never meant to touch.
     */
    private static Schema admittingNull(Schema property) {
        Schema nullType = OASFactory.createSchema().addType(Schema.SchemaType.NULL);
        if (property.getRef() != null) {
            return OASFactory.createSchema().description(property.getDescription())
                    .anyOf(List.of(OASFactory.createSchema().ref(property.getRef()), nullType));
        }
        if (property.getType() == null) {
            return OASFactory.createSchema().anyOf(List.of(property, nullType));
        }
        Schema copy = OASFactory.createSchema();
        copy.setAll(new LinkedHashMap<>(property.getAll()));
        List<Schema.SchemaType> types = new ArrayList<>(property.getType());
        if (!types.contains(Schema.SchemaType.NULL)) {
            types.add(Schema.SchemaType.NULL);
        }
        copy.setType(types);
        return copy;
    }
}
