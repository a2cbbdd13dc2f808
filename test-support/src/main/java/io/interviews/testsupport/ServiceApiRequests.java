package io.interviews.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plain HTTP requests to a service whose API requires the service API key, with exactly the
 * {@code Authorization} header given (or none), and the checks of what a refused request gets.
 */
public final class ServiceApiRequests {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceApiRequests() {
    }

    /** The {@code Authorization} header value that presents {@code key}. */
    public static String bearer(String key) {
        return "Bearer " + key;
    }

    /** {@code GET uri} with this {@code Authorization} header; none when {@code authorization} is null. */
    public static HttpResponse<String> get(URI uri, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + uri, e);
        }
    }

    /**
     * The response refuses the request for want of a valid key: {@code 401} with a Bearer challenge and RFC 9457
     * problem details for the request's path, saying {@code detailPart}.
     */
    public static void assertUnauthorized(HttpResponse<String> response, String detailPart) {
        JsonNode problem = problem(response);
        assertAll("401 for " + response.uri(),
                () -> assertEquals(401, response.statusCode(), response.body()),
                () -> assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(null)),
                () -> assertEquals("application/problem+json",
                        response.headers().firstValue("Content-Type").orElse(null)),
                () -> assertEquals("Unauthorized", problem.path("title").asText()),
                () -> assertEquals(401, problem.path("status").asInt()),
                () -> assertEquals(response.uri().getPath(), problem.path("instance").asText()),
                () -> assertTrue(problem.path("detail").asText().contains(detailPart), problem.toString()));
    }

    /**
     * {@code uri} refuses a near miss of {@code key} as not valid, and the key itself presented without the Bearer
     * scheme (or an empty Bearer) as lacking the header.
     */
    public static void assertWrongKeysAndSchemesRefused(URI uri, String key) {
        for (String nearMiss : List.of(key + "x", key.substring(1), key.toUpperCase() + "!")) {
            assertUnauthorized(get(uri, bearer(nearMiss)), "not valid");
        }
        for (String wrongScheme : List.of(key, "Basic " + key, bearer(""))) {
            assertUnauthorized(get(uri, wrongScheme), "Authorization: Bearer");
        }
    }

    /**
     * What probes and scrapers call under {@code management} (health, liveness, readiness, metrics) answers 200
     * without a key.
     */
    public static void assertManagementEndpointsOpen(URI management) {
        for (String path : List.of("/health", "/health/live", "/health/ready", "/metrics")) {
            HttpResponse<String> response = get(URI.create(management + path), null);
            assertEquals(200, response.statusCode(), path + ": " + response.body());
        }
    }

    private static JsonNode problem(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
