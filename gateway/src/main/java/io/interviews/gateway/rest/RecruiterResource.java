package io.interviews.gateway.rest;

import io.interviews.gateway.service.RecruiterInterviews;
import io.interviews.gateway.service.RecruiterView;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.UUID;

/** The recruiter's API, guarded by the {@code X-Recruiter-Key} header (401 without the right key). */
@Path("/api/recruiter/interviews")
@Produces(MediaType.APPLICATION_JSON)
public class RecruiterResource {

    static final String KEY_HEADER = "X-Recruiter-Key";

    private final RecruiterInterviews interviews;

    RecruiterResource(RecruiterInterviews interviews) {
        this.interviews = interviews;
    }

    @GET
    public List<RecruiterView.Summary> interviews(@RestHeader(KEY_HEADER) String key, @RestQuery String status,
                                                  @RestQuery @DefaultValue("50") int limit) {
        return interviews.interviews(key, status, limit);
    }

    @GET
    @Path("{id}")
    public RecruiterView interview(@RestHeader(KEY_HEADER) String key, @RestPath UUID id) {
        return interviews.interview(key, id);
    }
}
