package nl.speelveld.assessment.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import nl.speelveld.conventions.client.StatusExceptions;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The reads of stakeholder-service this service makes, always with the caller's token. */
@RegisterProvider(StatusExceptions.class)
@RegisterRestClient(configKey = "stakeholder-api")
@Path("/v1")
interface StakeholderApi {

    @GET
    @Path("stakeholder-groups")
    Dtos.ItemsPage<Dtos.StakeholderGroup> groups(@HeaderParam("Authorization") String authorization,
            @QueryParam("initiativeId") String initiativeId, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("interests")
    Dtos.ItemsPage<Dtos.Interest> interests(@HeaderParam("Authorization") String authorization,
            @QueryParam("initiativeId") String initiativeId, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("bulk/stakeholder-groups")
    Dtos.ItemsPage<Dtos.StakeholderGroup> bulkGroups(@HeaderParam("Authorization") String authorization,
            @QueryParam("initiativeId") String initiativeId, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("bulk/interests")
    Dtos.ItemsPage<Dtos.Interest> bulkInterests(@HeaderParam("Authorization") String authorization,
            @QueryParam("initiativeId") String initiativeId, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor, @QueryParam("part") Integer part, @QueryParam("parts") Integer parts);

    @GET
    @Path("conflict-overrides")
    Dtos.ItemsPage<Dtos.ConflictOverride> conflictOverrides(@HeaderParam("Authorization") String authorization,
            @QueryParam("initiativeId") String initiativeId, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("participant-profiles")
    Dtos.ItemsPage<Dtos.ParticipantProfile> participantProfiles(@HeaderParam("Authorization") String authorization,
            @QueryParam("initiativeId") String initiativeId, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("core-group-snapshots")
    Dtos.ItemsPage<Dtos.CoreGroupSnapshot> coreGroupSnapshots(@HeaderParam("Authorization") String authorization,
            @QueryParam("initiativeId") String initiativeId, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("constituency-consultations")
    Dtos.ItemsPage<Dtos.ConstituencyConsultation> consultations(@HeaderParam("Authorization") String authorization,
            @QueryParam("initiativeId") String initiativeId, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("representations")
    Dtos.ItemsPage<Dtos.Representation> representations(@HeaderParam("Authorization") String authorization,
            @QueryParam("initiativeId") String initiativeId, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("population-profiles/{id}")
    Dtos.PopulationProfile populationProfile(@HeaderParam("Authorization") String authorization,
            @PathParam("id") String id);
}
