package nl.speelveld.initiative.vocabulary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.speelveld.conventions.http.Versions;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.vocabulary.Vocabulary;
import nl.speelveld.initiative.shared.Scopes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** HTTP for the enumerations of this service with their labels: {@code /v1/vocabularies}. */
@Path("/v1/vocabularies")
@Tag(name = "Vocabularies", description = "Every enumeration of this service with Dutch and English labels")
@Produces(MediaType.APPLICATION_JSON)
class VocabularyResource {

    private final Vocabularies vocabularies;

    VocabularyResource(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listVocabularies", summary = "List every enumeration of this service",
            description = "All vocabularies in one page (`next` is always null), each code with `label.nl`,"
                    + " `label.en`, `description` and `source`. The ETag changes when any label does.")
    @APIResponse(responseCode = "200", description = "Every vocabulary",
            content = @Content(schema = @Schema(ref = "VocabularyPage"),
                    examples = @ExampleObject(name = "framedBy", value = Examples.VOCABULARY_PAGE)))
    public Response list(@HeaderParam("If-None-Match") String ifNoneMatch) {
        return Versions.read(ifNoneMatch, vocabularies.etag(), new Page<>(vocabularies.all(), null));
    }

    @GET
    @Path("{name}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getVocabulary", summary = "Read one enumeration",
            description = "By name, e.g. `GovernmentRole` (case-insensitive). An unknown name is a 404 that lists"
                    + " the known ones.")
    @APIResponse(responseCode = "200", description = "The vocabulary",
            content = @Content(schema = @Schema(implementation = Vocabulary.class),
                    examples = @ExampleObject(name = "framedBy", value = Examples.VOCABULARY)))
    public Response get(@PathParam("name") @Parameter(description = "The enumeration's name",
            example = "GovernmentRole", schema = @Schema(type = SchemaType.STRING, maxLength = 64)) String name,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Versions.read(ifNoneMatch, vocabularies.etag(), vocabularies.named(name));
    }
}
