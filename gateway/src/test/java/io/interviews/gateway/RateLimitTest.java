package io.interviews.gateway;

import io.interviews.testsupport.PrometheusMetrics;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Registrations (open in this profile), answers and event-stream connections are limited per client address and per
 * candidate token, with tight limits set by the profile. The test client stands for many clients: the profile trusts it as a proxy, so
 * its {@code X-Forwarded-For} is the client address, as behind a configured load balancer.
 */
@QuarkusTest
@TestProfile(RateLimitTest.TightLimits.class)
@WithTestResource(RealInfrastructure.class)
class RateLimitTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** Tight limits, and public registration open (so that registrations can be limited). */
    public static class TightLimits implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("interview.gateway.open-registration", "true"),
                    Map.entry("interview.gateway.rate-limits.registrations.per-address", "2"),
                    Map.entry("interview.gateway.rate-limits.registrations.period", "1h"),
                    Map.entry("interview.gateway.rate-limits.answers.per-address", "4"),
                    Map.entry("interview.gateway.rate-limits.answers.per-token", "2"),
                    Map.entry("interview.gateway.rate-limits.answers.period", "1h"),
                    Map.entry("interview.gateway.rate-limits.event-streams.per-address", "3"),
                    Map.entry("interview.gateway.rate-limits.event-streams.per-token", "2"),
                    Map.entry("interview.gateway.rate-limits.event-streams.period", "1h"),
                    Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                    Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                    Map.entry("quarkus.http.proxy.trusted-proxies", "127.0.0.1"));
        }
    }

    @Test
    void registrationsAreLimitedPerAddressAndOtherAddressesStillRegister() {
        String crowded = newAddress();
        double limitedBefore = limitedCount("registration", "address");
        register(crowded).then().statusCode(201);
        register(crowded).then().statusCode(201);

        assertTooManyRequests(register(crowded), "/api/interviews", "too many registrations from this address");
        register(newAddress()).then().statusCode(201);
        assertEquals(limitedBefore + 1, limitedCount("registration", "address"));
    }

    @Test
    void answersAreLimitedPerTokenWhicheverAddressTheyComeFrom() {
        TestInterviews.Registration limited = registerFrom(newAddress());
        TestInterviews.Registration other = registerFrom(newAddress());

        answer(newAddress(), limited).then().statusCode(404);
        answer(newAddress(), limited).then().statusCode(404);
        String elsewhere = newAddress();
        assertTooManyRequests(answer(elsewhere, limited), "/api/interviews/" + limited.id() + "/answers",
                "too many answers with this token");

        // the same address with another token is still answered (404: no question was asked)
        answer(elsewhere, other).then().statusCode(404);
    }

    @Test
    void answersAreLimitedPerAddressWhicheverTokenTheyCarry() {
        String crowded = newAddress();
        UUID interviewId = UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            answer(crowded, interviewId, "made-up-" + i).then().statusCode(404);
        }

        assertTooManyRequests(answer(crowded, interviewId, "made-up-4"),
                "/api/interviews/" + interviewId + "/answers", "too many answers from this address");
        answer(newAddress(), interviewId, "made-up-4").then().statusCode(404);
    }

    @Test
    void eventStreamConnectionsAreLimitedPerTokenAndPerAddress() {
        UUID interviewId = UUID.randomUUID();
        String path = "/api/interviews/" + interviewId + "/events";
        eventStream(newAddress(), interviewId, "reused").then().statusCode(404);
        eventStream(newAddress(), interviewId, "reused").then().statusCode(404);
        assertTooManyRequests(eventStream(newAddress(), interviewId, "reused"), path,
                "too many event stream connections with this token");

        String crowded = newAddress();
        for (int i = 0; i < 3; i++) {
            eventStream(crowded, interviewId, "fresh-" + i).then().statusCode(404);
        }
        assertTooManyRequests(eventStream(crowded, interviewId, "fresh-3"), path,
                "too many event stream connections from this address");
        eventStream(newAddress(), interviewId, "fresh-3").then().statusCode(404);
    }

    /** A client address no other request used: 198.51.100.0/24 and on, documentation ranges. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    private static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    /** A request from an address no other request used, so it is never over a limit. */
    static RequestSpecification fromNewAddress() {
        return from(newAddress());
    }

    private static Response register(String address) {
        return from(address).contentType(ContentType.JSON).body(TestInterviews.application()).post("/api/interviews");
    }

    private static TestInterviews.Registration registerFrom(String address) {
        var created = register(address).then().statusCode(201).extract();
        return new TestInterviews.Registration(UUID.fromString(created.path("interviewId")),
                created.path("candidateToken"));
    }

    private static Response answer(String address, TestInterviews.Registration interview) {
        return from(address).header("Authorization", interview.bearer()).contentType(ContentType.JSON)
                .body(TestInterviews.answer("q-never-asked", "An answer.")).post("/api/interviews/{id}/answers", interview.id());
    }

    private static Response answer(String address, UUID interviewId, String token) {
        return answer(address, new TestInterviews.Registration(interviewId, token));
    }

    private static Response eventStream(String address, UUID interviewId, String token) {
        return from(address).header("Authorization", "Bearer " + token).accept("text/event-stream")
                .get("/api/interviews/{id}/events", interviewId);
    }

    private static double limitedCount(String action, String client) {
        return PrometheusMetrics.sample("interview_requests_limited_total", Map.of("action", action, "client", client))
                .orElse(0);
    }

    private static void assertTooManyRequests(Response response, String path, String detail) {
        response.then().statusCode(429).contentType("application/problem+json");
        long retryAfter = Long.parseLong(response.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After " + retryAfter + " s, within the 1 h period");
        assertEquals(429, response.jsonPath().getInt("status"));
        assertEquals("Too Many Requests", response.jsonPath().getString("title"));
        assertEquals(path, response.jsonPath().getString("instance"));
        assertEquals(detail + "; try again in " + retryAfter + " s", response.jsonPath().getString("detail"));
    }
}
