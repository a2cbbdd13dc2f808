package io.interviews.gateway.rest;

import io.interviews.kit.rest.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;

/**
 * The recruiter API's sign-in failures as problems, like every other error: {@code 401} without a sign-in or with
 * a wrong key, {@code 403} for someone signed in without the {@code recruiter} role. A failed desk sign-in (the
 * form's post) goes back to the form's error page instead. (These failures reach the REST layer, so the
 * mechanisms' own challenges, such as the form's redirect, are not sent.)
 */
public class SecurityProblems {

    private static final String SIGN_IN = "sign in at the recruiter desk, or send a valid X-Recruiter-Key header";

    private final String signInPost;
    private final URI signInFailedPage;

    SecurityProblems(@ConfigProperty(name = "quarkus.http.auth.form.post-location") String signInPost,
                     @ConfigProperty(name = "quarkus.http.auth.form.error-page") String signInFailedPage) {
        this.signInPost = signInPost;
        this.signInFailedPage = URI.create(signInFailedPage);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notSignedIn(UnauthorizedException e, UriInfo uri) {
        return problem(Status.UNAUTHORIZED, SIGN_IN, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> signInFailed(AuthenticationFailedException e, UriInfo uri) {
        if (uri.getPath().equals(signInPost)) {
            // as the form's own redirects: back to the sign-in, which says it failed
            return RestResponse.ResponseBuilder.<Problem>create(Status.FOUND).location(signInFailedPage).build();
        }
        return problem(Status.UNAUTHORIZED, SIGN_IN, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notARecruiter(ForbiddenException e, UriInfo uri) {
        return problem(Status.FORBIDDEN, "only recruiters may use this API", uri);
    }

    private static RestResponse<Problem> problem(Status status, String detail, UriInfo uri) {
        return RestResponse.ResponseBuilder.<Problem>create(status)
                .entity(Problem.of(status.getStatusCode(), detail, uri.getPath(), List.of()))
                .type(Problem.MEDIA_TYPE)
                .build();
    }
}
