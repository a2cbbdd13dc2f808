package io.interviews.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.stack.InterviewClient;
import io.interviews.deploy.stack.LocalStack;
import io.interviews.deploy.stack.SimulatedCandidate;
import io.interviews.testsupport.PrometheusMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A stage that is down does not lose an interview: with {@code interviewer-hr} stopped after the tech stage
 * began, the gateway reports the interview stalled waiting on {@code hr} (recruiter view and list, candidate
 * view, {@code interview_stalled} gauge); once the stage is back it picks the interview up and it completes.
 *
 * <p>The gateway must run with a short {@code INTERVIEW_GATEWAY_STALL_AFTER} (a few seconds) for this test to
 * be quick; with the default (2 minutes) it still passes, within {@link #STALL_TIMEOUT}.
 */
@ExtendWith(LiveSystemExtension.class)
class StalledStageSystemTest {

    private static final String STOPPED_STAGE = "hr";
    private static final String STOPPED_SERVICE = "interviewer-" + STOPPED_STAGE;
    private static final Duration STALL_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration INTERVIEW_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    @Test
    void anInterviewWaitingOnAStoppedStageIsReportedStalledAndCompletesOnceTheStageIsBack(LiveSystem system) {
        // the module's other interviews are finished first: this one alone may wait on hr
        system.allOutcomes();
        LocalStack stack = system.stack();
        InterviewClient client = new InterviewClient(stack.gatewayUrl());
        SimulatedCandidate candidate = new SimulatedCandidate("strong", "en");

        stack.stopService(STOPPED_SERVICE);
        try {
            InterviewClient.Registration interview = client.invite(new InterviewClient.Application(
                    Map.of("name", "Katherine Johnson", "email", "katherine.johnson@example.com"),
                    Map.of("title", "Backend Engineer", "level", "senior", "location", "London"), "en", null),
                    stack.recruiterKey());
            List<String> techAnswers = answerTechUntilTheInterviewMovesToHr(client, candidate, interview);
            assertFalse(techAnswers.isEmpty(), "the tech stage asked nothing");

            JsonNode stalled = await("the interview to be reported stalled on stage hr", STALL_TIMEOUT,
                    () -> recruiterView(stack, interview), view -> view.path("stalled").asBoolean());
            assertEquals("stage hr", stalled.path("waitingOn").asText(), stalled.toPrettyString());
            assertEquals("IN_PROGRESS", stalled.path("status").asText());
            assertEquals(STOPPED_STAGE, stalled.path("currentStage").asText());
            assertEquals(List.of("tech"), texts(stalled.path("completedStages")));
            assertFalse(stalled.path("stalledSince").isNull(), stalled.toPrettyString());
            stalled.path("questions").forEach(question -> assertEquals("tech", question.path("stage").asText(),
                    "a question from the stopped stage: " + question));
            assertTrue(candidateView(stack, interview).path("delayed").asBoolean());
            assertTrue(texts(readJson(get(stack.gatewayUrl() + "/api/recruiter/interviews?stalled=true",
                    "X-Recruiter-Key", stack.recruiterKey())).findValues("interviewId"))
                    .contains(interview.interviewId()));
            await("interview_stalled{stage=\"hr\"} 1.0 on the gateway's /q/metrics", STALL_TIMEOUT,
                    () -> stalledGauge(stack, STOPPED_STAGE), gauge -> gauge.isPresent() && gauge.getAsDouble() == 1.0);

            stack.restartService(STOPPED_SERVICE);
            candidate.takeInterview(client, interview, INTERVIEW_TIMEOUT, exchange -> { });
            SimulatedCandidate.awaitStatus(client, interview, "AWAITING_DECISION", INTERVIEW_TIMEOUT);

            JsonNode completed = recruiterView(stack, interview);
            assertFalse(completed.path("stalled").asBoolean(), completed.toPrettyString());
            assertTrue(completed.path("waitingOn").isNull(), completed.toPrettyString());
            assertEquals(List.of("tech", "hr", "boss"), texts(completed.path("completedStages")));
            assertFalse(candidateView(stack, interview).path("delayed").asBoolean());
            await("interview_stalled{stage=\"hr\"} back to 0.0", STALL_TIMEOUT,
                    () -> stalledGauge(stack, STOPPED_STAGE), gauge -> gauge.isPresent() && gauge.getAsDouble() == 0.0);
        } finally {
            // the module's system keeps every stage it started with
            if (!stack.service(STOPPED_SERVICE).isAlive()) {
                stack.restartService(STOPPED_SERVICE);
            }
        }
    }

    /**
     * Answers the tech stage question by question until the tech stage completes and the interview moves on to
     * hr, which is down: no hr question may appear. Returns the ids of the answered questions.
     */
    private static List<String> answerTechUntilTheInterviewMovesToHr(InterviewClient client, SimulatedCandidate candidate,
                                                                     InterviewClient.Registration interview) {
        Set<String> answered = new HashSet<>();
        List<String> inOrder = new ArrayList<>();
        long deadline = System.nanoTime() + INTERVIEW_TIMEOUT.toNanos();
        while (true) {
            InterviewClient.Status status = client.status(interview);
            InterviewClient.OpenQuestion question = status.openQuestion();
            if (question != null && !"tech".equals(question.stage())) {
                fail("stage " + question.stage() + " asked " + question.questionId() + " while " + STOPPED_SERVICE
                        + " was stopped");
            }
            if (question != null && answered.add(question.questionId())) {
                client.answer(interview, question.questionId(), candidate.answerTo(question.questionId()));
                inOrder.add(question.questionId());
            } else if (question == null && STOPPED_STAGE.equals(status.currentStage())) {
                return inOrder;
            } else if (System.nanoTime() - deadline > 0) {
                fail("the tech stage did not complete within " + INTERVIEW_TIMEOUT + "; interview is " + status);
            } else {
                pause();
            }
        }
    }

    private JsonNode recruiterView(LocalStack stack, InterviewClient.Registration interview) {
        return readJson(get(stack.gatewayUrl() + "/api/recruiter/interviews/" + interview.interviewId(),
                "X-Recruiter-Key", stack.recruiterKey()));
    }

    private JsonNode candidateView(LocalStack stack, InterviewClient.Registration interview) {
        return readJson(get(stack.gatewayUrl() + "/api/interviews/" + interview.interviewId(),
                "Authorization", "Bearer " + interview.candidateToken()));
    }

    /** The gateway's {@code interview_stalled} gauge for {@code stage}; empty while the gateway has none. */
    private OptionalDouble stalledGauge(LocalStack stack, String stage) {
        return PrometheusMetrics.sample(get(stack.gatewayUrl() + "/q/metrics", "Accept", "text/plain"),
                "interview_stalled", Map.of("stage", stage));
    }

    private String get(String url, String header, String value) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header(header, value).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), "GET " + url + ": " + response.body());
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET " + url + " interrupted", e);
        }
    }

    private static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** Polls {@code read} until {@code done} accepts its value, and returns that value; fails after {@code timeout}. */
    private static <T> T await(String what, Duration timeout, Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = read.get();
            if (done.test(value)) {
                return value;
            }
            if (System.nanoTime() - deadline > 0) {
                fail("waited " + timeout.toSeconds() + " s for " + what + "; last seen: " + value);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
