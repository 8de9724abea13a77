package nl.speelveld.conventions.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import nl.speelveld.conventions.json.MergePatch;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

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
            properties.forEach(patch::addProperty);
        }
        return patch;
    }
}
