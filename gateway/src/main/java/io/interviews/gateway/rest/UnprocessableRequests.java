package io.interviews.gateway.rest;

import io.interviews.gateway.service.UnprocessableRequest;
import io.interviews.kit.rest.Problem;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * {@link UnprocessableRequest} as a {@code 422 Unprocessable Content} problem (RFC 9110's reason phrase, which
 * JAX-RS's status list lacks).
 */
public class UnprocessableRequests {

    static final int UNPROCESSABLE_CONTENT = 422;

    @ServerExceptionMapper
    public RestResponse<Problem> unprocessable(UnprocessableRequest e, UriInfo uri) {
        return RestResponse.ResponseBuilder.<Problem>create(UNPROCESSABLE_CONTENT)
                .entity(new Problem("about:blank", "Unprocessable Content", UNPROCESSABLE_CONTENT, e.getMessage(),
                        uri.getPath(), e.violations()))
                .type(Problem.MEDIA_TYPE)
                .build();
    }
}
