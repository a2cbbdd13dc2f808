package io.interviews.kit.security;

import io.interviews.kit.rest.RoutedProblems;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Admits an HTTP request only with the service API key ({@code Authorization: Bearer <key>}) when the service
 * requires it ({@link ServiceApiConfig#serviceApiKeyRequired()}); a missing or wrong key is a {@code 401} problem.
 * The management endpoints stay open, for the kubelet's probes and the metrics scraper. A Vert.x filter, so it
 * covers every route, REST or not, before any request body is read.
 */
@ApplicationScoped
public class ServiceApiKey {

    /** Ahead of the routes and the framework's other filters (the higher, the earlier). */
    static final int PRIORITY = 1000;
    private static final String BEARER = "Bearer ";

    private final Optional<byte[]> keyDigest;

    ServiceApiKey(ServiceApiConfig config) {
        if (!config.serviceApiKeyRequired()) {
            keyDigest = Optional.empty();
            return;
        }
        String key = config.serviceApiKey().map(String::strip).filter(k -> !k.isEmpty())
                .orElseThrow(() -> new IllegalStateException("interview.security.service-api-key-required is set but "
                        + "no key is configured: set INTERVIEW_SERVICE_API_KEY (interview.security.service-api-key)"));
        keyDigest = Optional.of(sha256(key));
    }

    void install(@Observes Filters filters) {
        keyDigest.ifPresent(expected -> filters.register(context -> admit(context, expected), PRIORITY));
    }

    private static void admit(RoutingContext context, byte[] expected) {
        if (isManagement(context.normalizedPath())) {
            context.next();
            return;
        }
        String presented = bearerToken(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (presented == null) {
            refuse(context, "this API is for the system's services: send the service API key as "
                    + "Authorization: Bearer <key>");
        } else if (!MessageDigest.isEqual(sha256(presented), expected)) {
            // digests of equal length: the comparison takes the same time whatever was sent
            refuse(context, "the service API key is not valid");
        } else {
            context.next();
        }
    }

    /** Health (the probes) and metrics (the scraper); the path normalised, so no {@code ..} leads past the check. */
    static boolean isManagement(String path) {
        return path.equals("/q/health") || path.startsWith("/q/health/")
                || path.equals("/q/metrics") || path.startsWith("/q/metrics/");
    }

    /** The credentials of an {@code Authorization: Bearer} header (scheme case-insensitive), null if none. */
    static String bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).strip();
        return token.isEmpty() ? null : token;
    }

    private static void refuse(RoutingContext context, String detail) {
        context.response().putHeader("WWW-Authenticate", "Bearer");
        RoutedProblems.end(context, 401, detail);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
