package nl.speelveld.initiative.client;

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
 * The one read of stakeholder-service this service needs. The caller's bearer token is passed on, so
 * stakeholder-service answers for the caller's municipality only (404 for another's).
 */
@RegisterProvider(StatusExceptions.class)
@RegisterRestClient(configKey = "stakeholder-api")
@Path("/v1/stakeholder-groups")
@Produces(MediaType.APPLICATION_JSON)
interface StakeholderApi {

    @GET
    @Path("/{id}")
    GroupRef group(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization);
}
