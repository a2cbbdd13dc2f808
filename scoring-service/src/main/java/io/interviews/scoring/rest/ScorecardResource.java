package io.interviews.scoring.rest;

import io.interviews.scoring.service.InterviewResults;
import io.interviews.scoring.service.ScorecardReport;
import io.interviews.scoring.service.ScoringService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

@Path("/api/scorecards")
public class ScorecardResource {

    public static final String APPLICATION_PDF = "application/pdf";
    private static final Pattern INTERVIEW_ID =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private final ScoringService scoring;
    private final ScorecardReport report;

    ScorecardResource(ScoringService scoring, ScorecardReport report) {
        this.scoring = scoring;
        this.report = report;
    }

    @GET
    @Path("/{interviewId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response scorecard(@PathParam("interviewId") String interviewId) {
        return withScorecard(interviewId, scoring::scorecard, scorecard -> Response.ok(scorecard).build());
    }

    /** The complete interview record as one JSON document, offered as a download. */
    @GET
    @Path("/{interviewId}/export")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export(@PathParam("interviewId") String interviewId) {
        return withScorecard(interviewId, scoring::results, results -> Response.ok(results)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"interview_results_" + results.interviewId() + ".json\"")
                .build());
    }

    @GET
    @Path("/{interviewId}/report.pdf")
    @Produces({APPLICATION_PDF, MediaType.APPLICATION_JSON})
    public Response report(@PathParam("interviewId") String interviewId) {
        return withScorecard(interviewId, scoring::results, (InterviewResults results) ->
                Response.ok(report.render(results), APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                "inline; filename=\"interview_report_" + results.interviewId() + ".pdf\"")
                        .build());
    }

    private <T> Response withScorecard(String interviewId, Function<UUID, Optional<T>> find,
                                       Function<T, Response> answer) {
        if (!INTERVIEW_ID.matcher(interviewId).matches()) {
            return error(Response.Status.BAD_REQUEST, "'" + interviewId + "' is not an interview id (a UUID)");
        }
        UUID id = UUID.fromString(interviewId);
        return find.apply(id).map(answer).orElseGet(() -> error(Response.Status.NOT_FOUND, scoring.whyNotScored(id)));
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorMessage(message)).build();
    }
}
