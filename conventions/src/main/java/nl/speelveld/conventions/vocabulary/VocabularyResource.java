package nl.speelveld.conventions.vocabulary;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.NonBlocking;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * {@code GET /v1/vocabularies} and {@code GET /v1/vocabularies/{name}}, the same in every service that publishes
 * enumerations: a service subclasses it with {@code @Path("/v1/vocabularies")} and hands over its list. Both answers
 * carry the set's ETag and answer 304 to it; names are case-insensitive; an unknown name is a 404 listing the known
 * ones. The scope is the service's read scope ({@code speelveld.read-scope}).
 * <p>
 * Both run on the event loop ({@link NonBlocking}): they read only the lists in memory, and the hand-over to a worker
 * thread and back (waking a parked thread for every request) was 14-16 % of this endpoint's CPU (async-profiler,
 * issue 15).
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class VocabularyResource {

    static final String EXAMPLE = """
            {"name": "StakeholderSource", "description": "The four sources of colliding interests",
             "codes": [
              {"code": "COPRODUCING_CITIZENS", "label": {"nl": "coproducerende burgers", "en": "co-producing citizens"},
               "source": "van Eijk & Cuppen 2022, Bestuurskunde 31(3)"},
              {"code": "BROADER_PUBLIC", "label": {"nl": "breder publiek", "en": "broader public"},
               "source": "van Eijk & Cuppen 2022, Bestuurskunde 31(3)"}]}""";

    private final Vocabularies vocabularies;

    protected VocabularyResource(ObjectMapper json, List<Vocabulary> all) {
        this.vocabularies = new Vocabularies(json, all);
    }

    @GET
    @NonBlocking
    @RolesAllowed("${speelveld.read-scope}")
    @Tag(name = "Vocabularies", description = "Every enumeration of this service with Dutch and English labels")
    @Operation(operationId = "listVocabularies", summary = "List every enumeration of this service",
            description = "All vocabularies in one page (`next` is always null), each code with `label.nl`,"
                    + " `label.en`, `description` and `source`. The ETag changes when any label does.")
    @APIResponse(responseCode = "200", description = "Every vocabulary",
            content = @Content(schema = @Schema(ref = "VocabularyPage"),
                    examples = @ExampleObject(name = "stakeholderSource", value = "{\"items\": [" + EXAMPLE
                            + "], \"next\": null}")))
    public Response list(@HeaderParam("If-None-Match") String ifNoneMatch) {
        return Versions.read(ifNoneMatch, vocabularies.etag(), new Page<>(vocabularies.all(), null));
    }

    @GET
    @NonBlocking
    @Path("{name}")
    @RolesAllowed("${speelveld.read-scope}")
    @Tag(name = "Vocabularies", description = "Every enumeration of this service with Dutch and English labels")
    @Operation(operationId = "getVocabulary", summary = "Read one enumeration",
            description = "By name, e.g. `StakeholderSource` (case-insensitive). An unknown name is a 404 that lists"
                    + " the known ones.")
    @APIResponse(responseCode = "200", description = "The vocabulary",
            content = @Content(schema = @Schema(implementation = Vocabulary.class),
                    examples = @ExampleObject(name = "stakeholderSource", value = EXAMPLE)))
    public Response get(@PathParam("name") @Parameter(description = "The enumeration's name",
            example = "StakeholderSource", schema = @Schema(type = SchemaType.STRING, maxLength = 64)) String name,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Versions.read(ifNoneMatch, vocabularies.etag(), vocabularies.named(name));
    }
}
