package io.interviews.offer.service.adzuna;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Adzuna's job search API (developer.adzuna.com): ads for keywords in a place, with their advertised salaries. */
@RegisterRestClient(configKey = "adzuna")
@Path("/v1/api/jobs")
public interface AdzunaClient {

    @GET
    @Path("/{country}/search/{page}")
    @Produces(MediaType.APPLICATION_JSON)
    AdzunaSearchResult search(@PathParam("country") String country, @PathParam("page") int page,
                              @QueryParam("app_id") String appId, @QueryParam("app_key") String appKey,
                              @QueryParam("what") String what, @QueryParam("where") String where,
                              @QueryParam("results_per_page") int resultsPerPage,
                              @QueryParam("content-type") String contentType);
}
