package io.interviews.gateway.rest;

import io.interviews.gateway.ratelimit.RateLimited;
import io.interviews.gateway.ratelimit.RateLimits.Action;
import io.interviews.gateway.repository.OfferResponse;
import io.interviews.gateway.service.CandidateInterviews;
import io.interviews.gateway.service.CandidateView;
import io.interviews.gateway.service.InterviewRegistration;
import io.interviews.gateway.service.InterviewRegistration.Invitation;
import io.interviews.gateway.service.InterviewUpdate;
import io.interviews.gateway.service.InterviewUpdate.QuestionUpdate;
import io.interviews.gateway.service.InterviewUpdate.StatusUpdate;
import io.interviews.gateway.service.InterviewUpdates;
import io.interviews.gateway.service.SentLetter;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * The candidate's API. Every call but the registration carries {@code Authorization: Bearer <candidateToken>};
 * without the right token an interview does not exist (404); with the token of an invitation that lapsed before
 * the candidate started, it is gone (410). Registrations, answers and event-stream connections
 * are {@link RateLimited} per client address and per token (429).
 */
@Path("/api/interviews")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiDocument.CANDIDATE_TOKEN)
public class CandidateResource {

    @Inject InterviewRegistration registration;
    @Inject CandidateInterviews interviews;
    @Inject InterviewUpdates updates;

    public record AnswerAccepted(String questionId, boolean accepted) {
    }

    public record Consent(Instant consentedAt) {
    }

    /**
     * A candidate's own application: only while {@code interview.gateway.open-registration} is on (403 otherwise),
     * and always with the default plan (a {@code plan} or {@code template} is refused).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(Action.REGISTRATION)
    @Operation(summary = "Public registration (off by default)")
    @APIResponseSchema(value = Invitation.class, responseCode = "201")
    @SecurityRequirements
    public RestResponse<Invitation> register(ApplicationForm form) {
        Invitation invitation = registration.register(form);
        return RestResponse.ResponseBuilder
                .<Invitation>created(URI.create("/api/interviews/" + invitation.interviewId()))
                .entity(invitation)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Where the interview stands")
    public CandidateView interview(@RestPath UUID id, @RestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        return interviews.view(id, authorization);
    }

    /** The candidate agrees to how the interview works and how their data is used; a repeat keeps the first time. */
    @POST
    @Path("{id}/consent")
    @Operation(summary = "Agree before the first question")
    public Consent consent(@RestPath UUID id, @RestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        return new Consent(interviews.consent(id, authorization));
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(Action.ANSWER)
    @Operation(summary = "Answer the open question")
    @APIResponseSchema(value = AnswerAccepted.class, responseCode = "202")
    public RestResponse<AnswerAccepted> answer(@RestPath UUID id,
                                               @RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                               AnswerForm form) {
        interviews.answer(id, authorization, form);
        return RestResponse.accepted(new AnswerAccepted(form.questionId(), true));
    }

    /** The letter a recruiter approved and the offer-service sent; 404 before that (a draft is never shown). */
    @GET
    @Path("{id}/letter")
    @Operation(summary = "The letter sent to the candidate")
    public SentLetter letter(@RestPath UUID id, @RestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        return interviews.letter(id, authorization);
    }

    @POST
    @Path("{id}/offer/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(value = OfferResponse.class, responseCode = "202")
    public RestResponse<OfferResponse> acceptOffer(@RestPath UUID id,
                                                   @RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                                   @Valid OfferResponseForm form) {
        return RestResponse.accepted(interviews.respondToOffer(id, authorization, true, form));
    }

    @POST
    @Path("{id}/offer/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(value = OfferResponse.class, responseCode = "202")
    public RestResponse<OfferResponse> declineOffer(@RestPath UUID id,
                                                    @RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                                    @Valid OfferResponseForm form) {
        return RestResponse.accepted(interviews.respondToOffer(id, authorization, false, form));
    }

    /**
     * Server-sent events: first the current {@code status} (and the open {@code question}, if any), then every
     * change as it is committed, whichever gateway replica consumed it.
     */
    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RateLimited(Action.EVENT_STREAM)
    @Operation(summary = "Live updates (server-sent events)")
    @APIResponse(responseCode = "200", description = "events status and question, as the README describes",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
    @Blocking
    public Multi<OutboundSseEvent> events(@RestPath UUID id,
                                          @RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                          @Context Sse sse) {
        InterviewUpdates.Following following = updates.follow(id, () -> interviews.snapshot(id, authorization));
        return following.updates()
                .onTermination().invoke(following::close)
                .map(update -> toSseEvent(sse, update));
    }

    private static OutboundSseEvent toSseEvent(Sse sse, InterviewUpdate update) {
        OutboundSseEvent.Builder event = sse.newEventBuilder().mediaType(MediaType.APPLICATION_JSON_TYPE);
        if (update instanceof QuestionUpdate question) {
            return event.name("question").data(question.question()).build();
        }
        return event.name("status").data((StatusUpdate) update).build();
    }
}
