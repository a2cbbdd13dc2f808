package io.interviews.scoring.rest;

import io.interviews.scoring.service.ScoringService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;
import java.util.regex.Pattern;

@Path("/api/scorecards")
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {

    private static final Pattern INTERVIEW_ID =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private final ScoringService scoring;

    ScorecardResource(ScoringService scoring) {
        this.scoring = scoring;
    }

    @GET
    @Path("/{interviewId}")
    public Response scorecard(@PathParam("interviewId") String interviewId) {
        if (!INTERVIEW_ID.matcher(interviewId).matches()) {
            return error(Response.Status.BAD_REQUEST, "'" + interviewId + "' is not an interview id (a UUID)");
        }
        UUID id = UUID.fromString(interviewId);
        return scoring.scorecard(id)
                .map(scorecard -> Response.ok(scorecard).build())
                .orElseGet(() -> error(Response.Status.NOT_FOUND, scoring.whyNotScored(id)));
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorMessage(message)).build();
    }
}
