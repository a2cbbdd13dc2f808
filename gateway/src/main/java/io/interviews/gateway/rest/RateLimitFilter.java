package io.interviews.gateway.rest;

import io.interviews.gateway.ratelimit.RateLimited;
import io.interviews.gateway.ratelimit.RateLimits;
import io.interviews.gateway.ratelimit.RateLimits.Refusal;
import io.interviews.kit.rest.Problem;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.List;

/**
 * Counts each request to a {@link RateLimited} method before its body is read, and answers one over a limit with
 * {@code 429 Too Many Requests}, a {@code Retry-After} header (whole seconds) and problem details. The client address
 * is the connection's peer, or the {@code X-Forwarded-For}/{@code Forwarded} address when
 * {@code quarkus.http.proxy.*} says to trust the proxy that sent it.
 */
public class RateLimitFilter {

    private static final int TOO_MANY_REQUESTS = 429;

    private final RateLimits limits;

    RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter
    public RestResponse<Problem> limit(ResourceInfo resource, HttpServerRequest request, UriInfo uri) {
        Method method = resource.getResourceMethod();
        RateLimited limited = method == null ? null : method.getAnnotation(RateLimited.class);
        if (limited == null) {
            return null;
        }
        return limits.acquire(limited.value(), address(request), request.getHeader(HttpHeaders.AUTHORIZATION))
                .map(refusal -> tooManyRequests(refusal, uri))
                .orElse(null);
    }

    private static String address(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        return peer == null || peer.hostAddress() == null ? "unknown" : peer.hostAddress();
    }

    private static RestResponse<Problem> tooManyRequests(Refusal refusal, UriInfo uri) {
        long seconds = Math.max(1, (refusal.retryAfter().toMillis() + 999) / 1000);
        return RestResponse.ResponseBuilder.<Problem>create(TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(TOO_MANY_REQUESTS, refusal.detail() + "; try again in " + seconds + " s",
                        uri.getPath(), List.of()))
                .build();
    }
}
