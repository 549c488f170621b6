package io.statements.subscription;

import io.quarkus.security.identity.SecurityIdentity;
import io.statements.auth.Roles;
import io.statements.common.ApiDocs;
import io.statements.common.ETags;
import io.statements.common.Page;
import io.statements.common.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Anyone who may read statements may be alerted about them; ownership decides the rest. */
@Path("/subscriptions")
@Tag(name = "Alerts", description = "Saved searches that notify a URL through Standard Webhooks when matching "
        + "statements are created, updated or deleted")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
class SubscriptionResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final SubscriptionService service;
    private final DeliveryHistory history;
    private final WebhookPing ping;
    private final SecurityIdentity identity;

    SubscriptionResource(SubscriptionService service, DeliveryHistory history, WebhookPing ping,
                         SecurityIdentity identity) {
        this.service = service;
        this.history = history;
        this.ping = ping;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Operation(operationId = "createSubscription", summary = "Subscribe a URL to the statements a search matches",
            description = "Returns the signing secret, this once (and after a rotation). Delivery starts with the "
                    + "changes made after the subscription was created.")
    @APIResponse(responseCode = "201", description = "Created; the body holds the signing secret",
            headers = {@Header(name = "Location", ref = ApiDocs.LOCATION), @Header(name = "ETag", ref = ApiDocs.ETAG)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response create(@NotNull @Valid SubscriptionRequest request, UriInfo uri) {
        SubscriptionResponse created = service.create(caller(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Operation(operationId = "listSubscriptions", summary = "Your subscriptions (an admin's: everyone's), newest first")
    @APIResponse(responseCode = "200", description = "One page of subscriptions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Page<SubscriptionResponse> list(
            @Parameter(description = ApiDocs.CURSOR) @QueryParam("cursor") @Size(max = 2000) String cursor,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit) {
        return service.list(caller(), cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Operation(operationId = "getSubscription", summary = "Get a subscription, with its status and lag")
    @APIResponse(responseCode = "200", description = "The subscription (without its secret)",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response get(@Parameter(description = "The subscription's id") @PathParam("id") UUID id) {
        return tagged(service.get(caller(), id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Operation(operationId = "patchSubscription", summary = "Change, pause or re-enable a subscription; honours If-Match",
            description = "status ACTIVE re-enables a PAUSED or FAILING subscription: it resumes with the event it "
                    + "stopped at, with a fresh retry period.")
    @APIResponse(responseCode = "200", description = "The changed subscription",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response patch(@Parameter(description = "The subscription's id") @PathParam("id") UUID id,
                          @Parameter(description = ApiDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                          @NotNull @Valid SubscriptionPatch patch) {
        return tagged(service.patch(caller(), id, patch, ETags.ifMatch(ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Operation(operationId = "deleteSubscription", summary = "Delete a subscription and its delivery history")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public void delete(@Parameter(description = "The subscription's id") @PathParam("id") UUID id) {
        service.delete(caller(), id);
    }

    @POST
    @Path("/{id}/test")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Operation(operationId = "testSubscription", summary = "Send a signed ping event now and report the answer",
            description = "Sent whatever the status; recorded among the deliveries; not retried.")
    @APIResponse(responseCode = "200", description = "The ping's delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public DeliveryResponse test(@Parameter(description = "The subscription's id") @PathParam("id") UUID id) {
        return ping.ping(caller(), id);
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Operation(operationId = "rotateSubscriptionSecret", summary = "Replace the signing secret",
            description = "Returns the new secret, this once. For the rotation grace period (24 hours by default) "
                    + "webhooks carry a second signature made with the previous secret.")
    @APIResponse(responseCode = "200", description = "The subscription with its new secret",
            headers = @Header(name = "ETag", ref = ApiDocs.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response rotateSecret(@Parameter(description = "The subscription's id") @PathParam("id") UUID id) {
        return tagged(service.rotateSecret(caller(), id));
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Operation(operationId = "listSubscriptionDeliveries", summary = "Recent deliveries, newest first",
            description = "Each with its status, the last attempt's response code, latency and error, and the "
                    + "next retry.")
    @APIResponse(responseCode = "200", description = "One page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Page<DeliveryResponse> deliveries(
            @Parameter(description = "The subscription's id") @PathParam("id") UUID id,
            @Parameter(description = ApiDocs.CURSOR) @QueryParam("cursor") @Size(max = 2000) String cursor,
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit) {
        service.requireVisible(caller(), id);
        return history.page(id, cursor, limit);
    }

    @POST
    @Path("/{id}/deliveries/{delivery_id}/retry")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed(Roles.READER)
    @Extension(name = Roles.EXTENSION, value = Roles.READER_ONLY, parseValue = true)
    @Operation(operationId = "retrySubscriptionDelivery", summary = "Send a delivery again, under the same webhook-id",
            description = "Queued at once with a fresh retry period; events go out in feed order, so an older event "
                    + "goes before newer ones still queued.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response retry(@Parameter(description = "The subscription's id") @PathParam("id") UUID id,
                          @Parameter(description = "The delivery's id") @PathParam("delivery_id") UUID deliveryId) {
        service.requireVisible(caller(), id);
        return Response.accepted(history.retry(id, deliveryId)).build();
    }

    private Caller caller() {
        return Caller.of(identity);
    }

    private static Response tagged(SubscriptionResponse subscription) {
        return Response.ok(subscription).tag(ETags.of(subscription.version())).build();
    }

    /** Documentation only: the concrete type of a page of subscriptions. */
    @Schema(name = "SubscriptionPage")
    record SubscriptionPage(List<SubscriptionResponse> items, String nextCursor) {
    }

    /** Documentation only: the concrete type of a page of deliveries. */
    @Schema(name = "DeliveryPage")
    record DeliveryPage(List<DeliveryResponse> items, String nextCursor) {
    }
}
