package nl.speelveld.conventions.export;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;

/**
 * The example export file of the export and import operations, as the text it is: an example given in an annotation
 * would be read as JSON, and NDJSON is not one JSON value.
 */
public final class ExportOpenApi {

    private ExportOpenApi() {
    }

    public static void apply(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        PathItem export = openAPI.getPaths().getPathItem("/exports/{municipalityCode}");
        if (export != null && export.getGET() != null && export.getGET().getResponses() != null
                && export.getGET().getResponses().getAPIResponse("200") != null) {
            example(export.getGET().getResponses().getAPIResponse("200").getContent());
        }
        PathItem imports = openAPI.getPaths().getPathItem("/imports");
        Operation post = imports == null ? null : imports.getPOST();
        if (post != null && post.getRequestBody() != null) {
            example(post.getRequestBody().getContent());
        }
    }

    private static void example(Content content) {
        if (content != null && content.getMediaType(ExportFile.MEDIA_TYPE) != null) {
            content.getMediaType(ExportFile.MEDIA_TYPE).setExamples(null);
            content.getMediaType(ExportFile.MEDIA_TYPE).addExample("export", OASFactory.createExample()
                    .summary("A file of one stakeholder group (columns shortened)").value(ExportResource.EXAMPLE));
        }
    }
}
