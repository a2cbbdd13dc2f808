package io.interviews.gateway.rest;

import io.interviews.gateway.security.Recruiters;
import io.interviews.gateway.webhook.Webhooks;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Webhook subscriptions of applicant-tracking systems and their delivery log (README: Webhooks). */
@Path("/api/recruiter/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Recruiters.ROLE)
public class WebhookResource {

    @Inject Webhooks webhooks;
    @Inject SecurityIdentity recruiter;

    /** Subscribes a URL to event types; the answer holds the signing secret, shown this once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a URL to event types (the answer holds the signing secret)")
    @APIResponseSchema(value = Webhooks.CreatedSubscription.class, responseCode = "201")
    public RestResponse<Webhooks.CreatedSubscription> subscribe(
            @Valid @NotNull(message = "a JSON body with url and eventTypes is required") WebhookForm form) {
        Webhooks.CreatedSubscription created = webhooks.subscribe(form, recruiter.getPrincipal().getName());
        return RestResponse.ResponseBuilder
                .<Webhooks.CreatedSubscription>created(URI.create("/api/recruiter/webhooks/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "The webhook subscriptions (without their secrets)")
    public List<Webhooks.Subscription> subscriptions() {
        return webhooks.subscriptions();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "End a subscription; its log goes with it")
    public void unsubscribe(@RestPath UUID id) {
        webhooks.unsubscribe(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The subscription's delivery log, the latest first")
    public List<Webhooks.Delivery> deliveries(@RestPath UUID id,
            @RestQuery @DefaultValue("50") @Min(value = 1, message = RecruiterResource.LIST_SIZE)
            @Max(value = RecruiterResource.MAX_LIST_SIZE, message = RecruiterResource.LIST_SIZE) int limit) {
        return webhooks.deliveries(id, limit);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/replay")
    @ResponseStatus(202)
    @Operation(summary = "Send a delivery again")
    public Webhooks.Delivery replay(@RestPath UUID id, @RestPath UUID deliveryId) {
        return webhooks.replay(id, deliveryId);
    }
}
