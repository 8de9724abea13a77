package nl.speelveld.conventions.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.speelveld.conventions.http.Versions;
import nl.speelveld.conventions.json.MergePatch;
import nl.speelveld.conventions.paging.Limit;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.tenancy.Tenant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** HTTP for webhook subscriptions: {@code /v1/webhook-subscriptions}, scope {@code webhooks:manage}. */
@Path("/v1/webhook-subscriptions")
@Tag(name = "Webhooks", description = "Signed deliveries of this service's events (Standard Webhooks, CloudEvents)")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookSubscriptionResource {

    public static final String SCOPE = "webhooks:manage";

    private final WebhookSubscriptions subscriptions;
    private final Tenant tenant;

    WebhookSubscriptionResource(WebhookSubscriptions subscriptions, Tenant tenant) {
        this.subscriptions = subscriptions;
        this.tenant = tenant;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SCOPE)
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe a URL to events",
            description = "Answers the signing secret (`whsec_…`) once. The URL must be https and resolve to public"
                    + " addresses; it is checked again at every delivery.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookSubscriptionRequest.class)))
    @APIResponse(responseCode = "201", description = "Subscribed; Location names the subscription",
            content = @Content(schema = @Schema(implementation = CreatedSubscriptionResponse.class)))
    public Response create(@Valid @NotNull WebhookSubscriptionRequest request, @Context UriInfo uri) {
        WebhookSubscriptions.Created created = subscriptions.create(tenant.code(), request);
        WebhookSubscriptionResponse s = created.subscription();
        return Versions.created(uri, s.id(), s.version(), CreatedSubscriptionResponse.of(s, created.secret()));
    }

    @GET
    @RolesAllowed(SCOPE)
    @Operation(operationId = "listWebhookSubscriptions", summary = "List your municipality's webhook subscriptions",
            description = "Oldest first; page with `next`.")
    @APIResponse(responseCode = "200", description = "One page of subscriptions",
            content = @Content(schema = @Schema(implementation = SubscriptionPage.class)))
    public Page<WebhookSubscriptionResponse> list(
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String cursor) {
        return subscriptions.list(tenant.code(), Limit.parse(limit), cursor);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(SCOPE)
    @Operation(operationId = "getWebhookSubscription", summary = "Read a webhook subscription")
    @APIResponse(responseCode = "200", description = "The subscription (never its secret); its ETag is its version",
            content = @Content(schema = @Schema(implementation = WebhookSubscriptionResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        WebhookSubscriptionResponse s = subscriptions.get(tenant.code(), id);
        return Versions.read(ifNoneMatch, s.version(), s);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(SCOPE)
    @Operation(operationId = "updateWebhookSubscription", summary = "Change url, types, description or enabled",
            description = "A JSON merge patch with If-Match. `enabled: true` re-enables a subscription the service"
                    + " disabled (410, failing too long); its pending deliveries are then sent.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = WebhookSubscriptionPatch.class)))
    @APIResponse(responseCode = "200", description = "The changed subscription",
            content = @Content(schema = @Schema(implementation = WebhookSubscriptionResponse.class)))
    @APIResponse(responseCode = "412", description = "The subscription changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        WebhookSubscriptionResponse s = subscriptions.patch(tenant.code(), id, ifMatch, patch);
        return Response.ok(s).tag(Versions.etag(s.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(SCOPE)
    @Operation(operationId = "deleteWebhookSubscription", summary = "Remove a webhook subscription",
            description = "Its pending deliveries and its delivery history go with it.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") UUID id) {
        subscriptions.delete(tenant.code(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/secret-rotations")
    @RolesAllowed(SCOPE)
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret",
            description = "Answers the new secret once; for 24 hours every delivery carries a signature with the new"
                    + " and one with the previous secret, so receivers can switch without losing a delivery.")
    @APIResponse(responseCode = "201", description = "The new secret",
            content = @Content(schema = @Schema(implementation = SecretRotationResponse.class)))
    public Response rotate(@PathParam("id") UUID id) {
        return Response.status(201).entity(subscriptions.rotate(tenant.code(), id)).build();
    }

    @POST
    @Path("{id}/test")
    @RolesAllowed(SCOPE)
    @Operation(operationId = "testWebhookSubscription", summary = "Send a test event",
            description = "Queues one `nl.speelveld.webhook.test.v1` event for this subscription only; it is signed and"
                    + " retried like any other and shows in the deliveries, but not in the feed.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = TestDeliveryResponse.class)))
    public Response test(@PathParam("id") UUID id) {
        return Response.accepted(subscriptions.test(tenant.code(), id)).build();
    }

    @GET
    @Path("{id}/deliveries")
    @RolesAllowed(SCOPE)
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery attempts of a subscription",
            description = "Oldest first: attempt, time, HTTP status, duration and a short reason; never response"
                    + " bodies. Kept as long as the events (30 days by default).")
    @APIResponse(responseCode = "200", description = "One page of attempts",
            content = @Content(schema = @Schema(implementation = AttemptPage.class)))
    public Page<DeliveryAttemptResponse> deliveries(@PathParam("id") UUID id,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) String cursor) {
        return subscriptions.attempts(tenant.code(), id, Limit.parse(limit), cursor);
    }

    /** The schema of a merge patch of a subscription, for the OpenAPI document. */
    @Schema(name = "WebhookSubscriptionPatch")
    record WebhookSubscriptionPatch(@Schema(maxLength = 2000, format = "uri") String url,
            @Schema(maxItems = 100) List<String> types,
            @Schema(maxLength = 500, nullable = true) String description, Boolean enabled) {
    }

    @Schema(name = "WebhookSubscriptionPage", requiredProperties = "items")
    record SubscriptionPage(@Schema(maxItems = 100) List<WebhookSubscriptionResponse> items,
            @Schema(description = "Cursor of the next page; null on the last", nullable = true, maxLength = 512)
            String next) {
    }

    @Schema(name = "WebhookDeliveryAttemptPage", requiredProperties = "items")
    record AttemptPage(@Schema(maxItems = 100) List<DeliveryAttemptResponse> items,
            @Schema(description = "Cursor of the next page; null on the last", nullable = true, maxLength = 512)
            String next) {
    }
}
