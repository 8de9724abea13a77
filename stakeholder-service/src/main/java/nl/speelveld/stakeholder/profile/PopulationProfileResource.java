package nl.speelveld.stakeholder.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.speelveld.conventions.paging.Limit;
import nl.speelveld.conventions.http.Versions;
import nl.speelveld.conventions.idempotency.Idempotent;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.vocabulary.Codes;
import nl.speelveld.stakeholder.shared.Examples;
import nl.speelveld.stakeholder.shared.Scopes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** HTTP for population profiles: {@code /v1/population-profiles}. */
@Path("/v1/population-profiles")
@Tag(name = "Population profiles", description = "Reference populations of your municipality (not per initiative)")
@Produces(MediaType.APPLICATION_JSON)
class PopulationProfileResource {

    private final PopulationProfileService service;

    PopulationProfileResource(PopulationProfileService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE)
    @Idempotent
    @Parameter(ref = "Idempotency-Key")
    @Operation(operationId = "createPopulationProfile", summary = "Upload a reference population",
            description = "The shares of each dimension must sum to 1 (± 0.01); categories come from the dimension"
                    + " table (vocabulary ProfileDimension). A basis other than ALL_RESIDENTS needs a rationale."
                    + " Accepts an Idempotency-Key header: the same key and body return the stored answer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PopulationProfileRequest.class),
            examples = {@ExampleObject(name = "zonnewijk", summary = "Case A: households of Zonnewijk (CBS 2024)",
                    value = Examples.POPULATION_REQUEST),
                    @ExampleObject(name = "adults", summary = "Case B: adults around the park",
                            value = Examples.POPULATION_REQUEST_B)}))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new population profile",
            content = @Content(schema = @Schema(implementation = PopulationProfileResponse.class),
                    examples = @ExampleObject(name = "zonnewijk", value = Examples.POPULATION)))
    public Response create(@Valid @NotNull PopulationProfileRequest request, @Context UriInfo uri) {
        PopulationProfileResponse created = service.create(request);
        return Versions.created(uri, created.id(), created.version(), created);
    }

    @GET
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "listPopulationProfiles", summary = "List the population profiles of your municipality",
            description = "Oldest first (creation time, then id); page with `next`.")
    @APIResponse(responseCode = "200", description = "One page of population profiles",
            content = @Content(schema = @Schema(ref = "PopulationProfilePage")))
    public Page<PopulationProfileResponse> list(
            @QueryParam("basis") @Parameter(schema = @Schema(implementation = ReferenceBasis.class)) String basis,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String cursor) {
        return service.list(Codes.parse(ReferenceBasis.class, basis, "basis"), Limit.parse(limit), cursor);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ)
    @Operation(operationId = "getPopulationProfile", summary = "Read a population profile")
    @APIResponse(responseCode = "200", description = "The population profile; its ETag is its version",
            content = @Content(schema = @Schema(implementation = PopulationProfileResponse.class),
                    examples = @ExampleObject(name = "zonnewijk", value = Examples.POPULATION)))
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        PopulationProfileResponse found = service.get(id);
        return Versions.read(ifNoneMatch, found.version(), found);
    }
}
