package io.interviews.gateway.rest;

import io.interviews.gateway.security.RecruiterKey;
import io.interviews.gateway.service.InterviewRegistration;
import io.interviews.gateway.service.InterviewRegistration.Invitation;
import io.interviews.gateway.service.RecordedDecision;
import io.interviews.gateway.service.RecruiterDecisions;
import io.interviews.gateway.service.RecruiterInterviews;
import io.interviews.gateway.service.RecruiterView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The recruiter's API: invitations, the interviews and the decisions on their letters, guarded by the
 * {@code X-Recruiter-Key} header (401 without the right key).
 */
@Path("/api/recruiter/interviews")
@Produces(MediaType.APPLICATION_JSON)
public class RecruiterResource {

    static final String KEY_HEADER = "X-Recruiter-Key";
    /** Who decides, carried in the decision event; optional. */
    static final String NAME_HEADER = "X-Recruiter-Name";
    static final int MAX_LIST_SIZE = 200;
    private static final String LIST_SIZE = "must be between 1 and " + MAX_LIST_SIZE;

    private final RecruiterInterviews interviews;
    private final RecruiterDecisions decisions;
    private final InterviewRegistration registration;
    private final RecruiterKey recruiterKey;

    RecruiterResource(RecruiterInterviews interviews, RecruiterDecisions decisions,
                      InterviewRegistration registration, RecruiterKey recruiterKey) {
        this.interviews = interviews;
        this.decisions = decisions;
        this.registration = registration;
        this.recruiterKey = recruiterKey;
    }

    /**
     * Invites a candidate: creates the interview with the plan the recruiter chose (a configured {@code template},
     * an explicit {@code plan}, or the default plan) and answers with the candidate's link and token.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<Invitation> invite(@RestHeader(KEY_HEADER) String key, ApplicationForm form) {
        recruiterKey.check(key);
        Invitation invitation = registration.invite(form);
        return RestResponse.ResponseBuilder
                .<Invitation>created(URI.create("/api/recruiter/interviews/" + invitation.interviewId()))
                .entity(invitation)
                .build();
    }

    @GET
    public List<RecruiterView.Summary> interviews(@RestHeader(KEY_HEADER) String key, @RestQuery String status,
                                                  @RestQuery String stalled,
                                                  @RestQuery @DefaultValue("50") @Min(value = 1, message = LIST_SIZE)
                                                  @Max(value = MAX_LIST_SIZE, message = LIST_SIZE) int limit) {
        return interviews.interviews(key, status, stalled, limit);
    }

    @GET
    @Path("{id}")
    public RecruiterView interview(@RestHeader(KEY_HEADER) String key, @RestPath UUID id) {
        return interviews.interview(key, id);
    }

    /** Approves the drafted letter (body optional); the offer-service sends it. */
    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<RecordedDecision> approve(@RestHeader(KEY_HEADER) String key,
                                                  @RestHeader(NAME_HEADER) String recruiter, @RestPath UUID id,
                                                  @Valid ApprovalForm form) {
        return RestResponse.accepted(decisions.approve(key, recruiter, id, form));
    }

    /** Rejects the drafted letter (body optional): nothing is sent. */
    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<RecordedDecision> reject(@RestHeader(KEY_HEADER) String key,
                                                 @RestHeader(NAME_HEADER) String recruiter, @RestPath UUID id,
                                                 @Valid RejectionForm form) {
        return RestResponse.accepted(decisions.reject(key, recruiter, id, form));
    }
}
