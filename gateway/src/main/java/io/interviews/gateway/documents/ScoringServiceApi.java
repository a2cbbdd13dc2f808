package io.interviews.gateway.documents;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.jboss.resteasy.reactive.RestPath;

import java.util.UUID;

/** The part of the scoring-service's API the gateway passes on to recruiters. */
@Path("/api/scorecards")
public interface ScoringServiceApi {

    /** The scorecard report; 404 until the interview is scored. */
    @GET
    @Path("{interviewId}/report.pdf")
    @Produces(RecruiterDocuments.PDF)
    byte[] reportPdf(@RestPath UUID interviewId);
}
