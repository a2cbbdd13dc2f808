package io.interviews.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.stack.InterviewClient;
import io.interviews.deploy.stack.SimulatedCandidate;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After the interviews: the recruiter decides over the gateway's HTTP API, the offer service sends or closes,
 * the candidate answers the offer, and the scoring service's export holds the whole interview. Runs after the
 * classes that read the drafted state and before the dead-letter check.
 */
@ExtendWith(LiveSystemExtension.class)
@Order(Integer.MAX_VALUE - 1)
class HiringDecisionSystemTest {

    private static final Duration DEADLINE = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void approvedOfferWithAnAdjustedSalaryIsSentAndAcceptedThenTheCandidateIsHired(LiveSystem system) throws Exception {
        LiveSystem.Outcome strong = system.outcome(Scenario.STRONG_EN_DEFAULT_PLAN);
        JsonNode salary = get(system.stack().service("offer-service").baseUrl() + "/api/letters/" + strong.interviewId(),
                system.stack().serviceApiKey()).path("salary");
        long adjusted = (salary.path("windowLow").asLong() + salary.path("windowHigh").asLong()) / 2 / 100 * 100;

        post(recruiter(system, strong, "approve"), system.stack().recruiterKey(), null,
                "{\"annualSalary\":" + adjusted + ",\"note\":\"meets the window midpoint\"}", 202);
        InterviewClient client = new InterviewClient(system.stack().gatewayUrl());
        SimulatedCandidate.awaitStatus(client, strong.interview(), "OFFER_SENT", DEADLINE);

        JsonNode letter = get(candidate(system, strong, "letter"), strong.interview().candidateToken());
        assertEquals("OFFER", letter.path("kind").asText());
        assertTrue(letter.path("markdown").asText().contains(String.format(Locale.ENGLISH, "%,d", adjusted)),
                "sent letter states the approved salary " + adjusted + ":\n" + letter.path("markdown").asText());

        post(candidate(system, strong, "offer/accept"), null, strong.interview().candidateToken(),
                "{\"comment\":\"Delighted to join\"}", 202);
        SimulatedCandidate.awaitStatus(client, strong.interview(), "HIRED", DEADLINE);
    }

    @Test
    void rejectedOfferEndsInTheTalentPoolWithoutAnythingSent(LiveSystem system) throws Exception {
        LiveSystem.Outcome coding = system.outcome(Scenario.STRONG_EN_WITH_CODING);

        post(recruiter(system, coding, "reject"), system.stack().recruiterKey(), null,
                "{\"note\":\"position filled\"}", 202);

        InterviewClient client = new InterviewClient(system.stack().gatewayUrl());
        SimulatedCandidate.awaitStatus(client, coding.interview(), "TALENT_POOL", DEADLINE);
        HttpResponse<String> letter = send(HttpRequest.newBuilder(URI.create(candidate(system, coding, "letter")))
                .header("Authorization", "Bearer " + coding.interview().candidateToken()).GET().build());
        assertEquals(404, letter.statusCode(), "a rejected draft is never shown: " + letter.body());
    }

    @Test
    void exportHoldsEveryQuestionAndAnswerAndTheTotalIsTheWeightedMean(LiveSystem system) throws Exception {
        LiveSystem.Outcome weak = system.outcome(Scenario.WEAK_ZH_DEFAULT_PLAN);

        JsonNode export = get(system.stack().service("scoring-service").baseUrl() + "/api/scorecards/"
                + weak.interviewId() + "/export", system.stack().serviceApiKey());

        List<String> exported = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (JsonNode stage : export.path("stages")) {
            weighted += stage.path("weight").asDouble() * stage.path("score").asDouble();
            weights += stage.path("weight").asDouble();
            for (JsonNode exchange : stage.path("transcript")) {
                exported.add(exchange.path("questionId").asText() + " -> " + exchange.path("answer").asText());
            }
        }
        List<String> answered = weak.answered().stream()
                .map(exchange -> exchange.questionId() + " -> " + exchange.answer())
                .toList();
        assertEquals(answered, exported);
        assertEquals(weighted / weights, export.path("total").asDouble(), 0.05);
    }

    private static String recruiter(LiveSystem system, LiveSystem.Outcome outcome, String action) {
        return system.stack().gatewayUrl() + "/api/recruiter/interviews/" + outcome.interviewId() + "/" + action;
    }

    private static String candidate(LiveSystem system, LiveSystem.Outcome outcome, String path) {
        return system.stack().gatewayUrl() + "/api/interviews/" + outcome.interviewId() + "/" + path;
    }

    /**
     * GET with {@code Authorization: Bearer <token>}: a candidate's token at the gateway, the service API key at the
     * scoring and offer services.
     */
    private JsonNode get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = send(request.build());
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private void post(String url, String recruiterKey, String token, String body, int expectedStatus)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (recruiterKey != null) {
            request.header("X-Recruiter-Key", recruiterKey);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = send(request.build());
        assertEquals(expectedStatus, response.statusCode(), url + ": " + response.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
