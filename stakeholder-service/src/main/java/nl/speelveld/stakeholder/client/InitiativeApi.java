package nl.speelveld.stakeholder.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.speelveld.conventions.client.StatusExceptions;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * The two reads of initiative-service this service needs. The caller's bearer token is passed on, so
 * initiative-service answers for the caller's municipality only (404 for another's).
 */
@RegisterProvider(StatusExceptions.class)
@RegisterRestClient(configKey = "initiative-api")
@Path("/v1/initiatives")
@Produces(MediaType.APPLICATION_JSON)
interface InitiativeApi {

    @GET
    @Path("/{id}")
    InitiativeRef initiative(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/{id}/issues/{issueId}")
    IssueRef issue(@PathParam("id") UUID id, @PathParam("issueId") UUID issueId,
            @HeaderParam("Authorization") String authorization);
}
