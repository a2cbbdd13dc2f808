package io.interviews.gateway.rest;

import io.interviews.events.InterviewErased;
import io.interviews.gateway.documents.RecruiterDocuments;
import io.interviews.gateway.repository.RecordedDecision;
import io.interviews.gateway.security.Recruiters;
import io.interviews.gateway.service.InterviewErasures;
import io.interviews.gateway.service.InterviewErasures.Erasure;
import io.interviews.gateway.service.InterviewRegistration;
import io.interviews.gateway.service.InterviewRegistration.Invitation;
import io.interviews.gateway.service.RecruiterDecisions;
import io.interviews.gateway.service.RecruiterInterviews;
import io.interviews.gateway.service.RecruiterInterviews.InterviewPage;
import io.interviews.gateway.service.RecruiterView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The recruiter's API: invitations, the interviews, their PDFs and the decisions on their letters. Open to the
 * {@code recruiter} role only, however the caller signed in (desk form login, OpenID Connect, or a machine
 * client's {@code X-Recruiter-Key}); a decision is recorded under the signed-in identity's name.
 */
@Path("/api/recruiter/interviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Recruiters.ROLE)
public class RecruiterResource {

    static final int MAX_LIST_SIZE = 200;
    static final String LIST_SIZE = "must be between 1 and " + MAX_LIST_SIZE;
    private static final int MAX_NAME_SEARCH = 200;
    static final String TOTAL_COUNT = "X-Total-Count";

    @Inject RecruiterInterviews interviews;
    @Inject RecruiterDecisions decisions;
    @Inject InterviewRegistration registration;
    @Inject RecruiterDocuments documents;
    @Inject InterviewErasures erasures;
    @Inject SecurityIdentity recruiter;

    /**
     * Invites a candidate: creates the interview with the plan the recruiter chose (a configured {@code template},
     * an explicit {@code plan}, or the default plan) and answers with the candidate's link and token.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a candidate")
    @APIResponseSchema(value = Invitation.class, responseCode = "201")
    public RestResponse<Invitation> invite(ApplicationForm form) {
        Invitation invitation = registration.invite(form);
        return RestResponse.ResponseBuilder
                .<Invitation>created(URI.create("/api/recruiter/interviews/" + invitation.interviewId()))
                .entity(invitation)
                .build();
    }

    /**
     * A page of the interviews, newest first, filtered; the body is the page's interviews, {@code X-Total-Count}
     * says how many match in all and {@code Link} (rel {@code next}) leads to the next page while there is one.
     */
    @GET
    @Operation(summary = "A page of the interviews, newest first, filtered")
    public RestResponse<List<RecruiterView.Summary>> interviews(
            @RestQuery String status, @RestQuery String stalled, @RestQuery String band,
            @RestQuery String needsReview,
            @RestQuery @Size(max = MAX_NAME_SEARCH, message = "must be at most {max} characters") String name,
            @RestQuery @DefaultValue("0") @PositiveOrZero(message = "must be 0 or more") int page,
            @RestQuery @DefaultValue("50") @Min(value = 1, message = LIST_SIZE)
            @Max(value = MAX_LIST_SIZE, message = LIST_SIZE) int limit,
            @Context UriInfo request) {
        InterviewPage found = interviews.interviews(status, stalled, band, needsReview, name, page, limit);
        var response = RestResponse.ResponseBuilder.ok(found.interviews())
                .header(TOTAL_COUNT, found.total());
        if (found.hasNext()) {
            URI next = request.getRequestUriBuilder().replaceQueryParam("page", page + 1).build();
            response.header(HttpHeaders.LINK, "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"");
        }
        return response.build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One interview in full: answers, scores, letter, decision")
    public RecruiterView interview(@RestPath UUID id) {
        return interviews.interview(id);
    }

    /**
     * Erases the interview at the candidate's request: every service deletes its data of it, and it answers 410 Gone
     * from then on. Erasing it again answers the first erasure.
     */
    @DELETE
    @Path("{id}")
    @Operation(summary = "Erase the interview's personal data (a candidate's request)")
    public Erasure erase(@RestPath UUID id) {
        return erasures.erase(id, InterviewErased.Reason.REQUEST);
    }

    /** The scoring-service's scorecard report, passed on. */
    @GET
    @Path("{id}/scorecard.pdf")
    @Produces(RecruiterDocuments.PDF)
    @Operation(summary = "The scorecard PDF, from the scoring-service")
    public RestResponse<byte[]> scorecardPdf(@RestPath UUID id) {
        return pdf(documents.scorecardPdf(id), "scorecard-" + id + ".pdf");
    }

    /** The offer-service's letter (as drafted, or as sent), passed on. */
    @GET
    @Path("{id}/letter.pdf")
    @Produces(RecruiterDocuments.PDF)
    @Operation(summary = "The letter PDF, from the offer-service")
    public RestResponse<byte[]> letterPdf(@RestPath UUID id) {
        return pdf(documents.letterPdf(id), "letter-" + id + ".pdf");
    }

    /** Approves the drafted letter (body optional); the offer-service sends it. */
    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve the drafted letter")
    @APIResponseSchema(value = RecordedDecision.class, responseCode = "202")
    public RestResponse<RecordedDecision> approve(@RestPath UUID id, @Valid ApprovalForm form) {
        return RestResponse.accepted(decisions.approve(recruiterName(), id, form));
    }

    /** Rejects the drafted letter (body optional): nothing is sent. */
    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject the drafted letter")
    @APIResponseSchema(value = RecordedDecision.class, responseCode = "202")
    public RestResponse<RecordedDecision> reject(@RestPath UUID id, @Valid RejectionForm form) {
        return RestResponse.accepted(decisions.reject(recruiterName(), id, form));
    }

    /** Who decides: the signed-in recruiter (never a name the request states). */
    private String recruiterName() {
        return recruiter.getPrincipal().getName();
    }

    private static RestResponse<byte[]> pdf(byte[] document, String fileName) {
        return RestResponse.ResponseBuilder.ok(document, RecruiterDocuments.PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
