package io.interviews.scoring.rest;

import io.interviews.kit.rest.ProblemException;
import io.interviews.scoring.service.InterviewResults;
import io.interviews.scoring.service.ScorecardReport;
import io.interviews.scoring.service.ScoringService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

@Path("/api/scorecards")
public class ScorecardResource {

    public static final String APPLICATION_PDF = "application/pdf";

    @Inject ScoringService scoring;
    @Inject ScorecardReport report;

    @GET
    @Path("/{interviewId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response scorecard(@RestPath UUID interviewId) {
        return withScorecard(interviewId, scoring::scorecard, scorecard -> Response.ok(scorecard).build());
    }

    /** The complete interview record as one JSON document, offered as a download. */
    @GET
    @Path("/{interviewId}/export")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export(@RestPath UUID interviewId) {
        return withScorecard(interviewId, scoring::results, results -> Response.ok(results)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"interview_results_" + results.interviewId() + ".json\"")
                .build());
    }

    @GET
    @Path("/{interviewId}/report.pdf")
    @Produces({APPLICATION_PDF, MediaType.APPLICATION_JSON})
    public Response report(@RestPath UUID interviewId) {
        return withScorecard(interviewId, scoring::results, (InterviewResults results) ->
                Response.ok(report.render(results), APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                "inline; filename=\"interview_report_" + results.interviewId() + ".pdf\"")
                        .build());
    }

    /** 404 problem, saying how far the interview got, while it has no scorecard. */
    private <T> Response withScorecard(UUID interviewId, Function<UUID, Optional<T>> find,
                                       Function<T, Response> answer) {
        return find.apply(interviewId).map(answer)
                .orElseThrow(() -> ProblemException.notFound(scoring.whyNotScored(interviewId)));
    }
}
