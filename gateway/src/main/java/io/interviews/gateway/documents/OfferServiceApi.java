package io.interviews.gateway.documents;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.jboss.resteasy.reactive.RestPath;

import java.util.UUID;

/** The part of the offer-service's API the gateway passes on to recruiters. */
@Path("/api/letters")
public interface OfferServiceApi {

    /** The drafted (or sent) letter; 404 until a letter is drafted. */
    @GET
    @Path("{interviewId}/letter.pdf")
    @Produces(RecruiterDocuments.PDF)
    byte[] letterPdf(@RestPath UUID interviewId);
}
