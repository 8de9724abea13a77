package nl.speelveld.assessment.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import nl.speelveld.conventions.client.StatusExceptions;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The reads of initiative-service this service makes, always with the caller's token. */
@RegisterProvider(StatusExceptions.class)
@RegisterRestClient(configKey = "initiative-api")
@Path("/v1/initiatives/{id}")
interface InitiativeApi {

    @GET
    Dtos.Initiative initiative(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);

    @GET
    @Path("issues")
    Dtos.ItemsPage<Dtos.Issue> issues(@HeaderParam("Authorization") String authorization,
            @PathParam("id") String id, @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("role-observations")
    Dtos.ItemsPage<Dtos.RoleObservation> roleObservations(@HeaderParam("Authorization") String authorization,
            @PathParam("id") String id, @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("key-decisions")
    Dtos.ItemsPage<Dtos.KeyDecision> keyDecisions(@HeaderParam("Authorization") String authorization,
            @PathParam("id") String id, @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("problem-definitions/current")
    Dtos.ProblemDefinition currentProblemDefinition(@HeaderParam("Authorization") String authorization,
            @PathParam("id") String id);
}
