package io.interviews.gateway;

import io.interviews.events.Candidate;
import io.interviews.events.InterviewContext;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.QuestionAsked;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageResult;
import io.interviews.events.Topics;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.gateway.service.MeteredStages;
import io.interviews.testsupport.PrometheusMetrics;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.interviews.gateway.StalledInterviewTest.awaitGauge;
import static io.interviews.gateway.StalledInterviewTest.registerFor;
import static io.interviews.gateway.StalledInterviewTest.uniqueStage;
import static io.interviews.gateway.TestInterviews.TIMEOUT;
import static io.interviews.gateway.TestInterviews.answer;
import static io.interviews.gateway.TestInterviews.awaitOpenQuestion;
import static io.interviews.gateway.TestInterviews.awaitStatus;
import static io.interviews.gateway.TestInterviews.publish;
import static io.interviews.testsupport.PrometheusMetrics.linesAbout;
import static io.interviews.testsupport.PrometheusMetrics.sample;
import static io.interviews.testsupport.PrometheusMetrics.valueOrZero;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's Prometheus metrics: per stage or per reason, never per candidate. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class GatewayMetricsTest {

    @Test
    void acceptedAnswersAreCountedPerStageAndRejectedOnesPerReason() {
        String stage = uniqueStage();
        Registration interview = registerFor(stage);
        Map<String, Double> rejectedBefore = rejectedCounts();
        ask(interview, stage, "q1", 1);
        ask(interview, stage, "q2", 2);
        awaitOpenQuestion(interview, "q2");

        post(interview, answer("q2", " ")).then().statusCode(400);
        post(interview, answer("q2", "x".repeat(10_001))).then().statusCode(413);
        post(interview, answer("q9", "An answer.")).then().statusCode(404);
        post(interview, answer("q1", "An answer to the earlier question.")).then().statusCode(409);
        post(interview, answer("q2", "My answer.")).then().statusCode(202);
        post(interview, answer("q2", "Again.")).then().statusCode(409);
        given().header("Authorization", "Bearer not-the-token").contentType(ContentType.JSON)
                .body(answer("q2", "Hi")).post("/api/interviews/{id}/answers", interview.id())
                .then().statusCode(404);

        assertEquals(1.0, valueOrZero("interview_answers_accepted_total", "stage", stage),
                linesAbout("interview_answers_accepted_total"));
        Map<String, Double> rejectedAfter = rejectedCounts();
        rejectedAfter.replaceAll((reason, count) -> count - rejectedBefore.get(reason));
        assertEquals(Map.of("empty_answer", 1.0, "answer_too_long", 1.0, "unknown_question", 1.0,
                "not_open_question", 1.0, "already_answered", 1.0, "unknown_interview", 1.0,
                "interview_closed", 0.0), rejectedAfter, linesAbout("interview_answers_rejected_total"));
        String scrape = linesAbout("interview_answers", "interview_stalled", "interview_in_progress",
                "interview_stage_duration");
        assertFalse(scrape.contains(interview.id().toString()), scrape);
    }

    @Test
    void aCompletedStageRecordsItsDurationOnceAndMovesTheInProgressGauge() {
        String first = uniqueStage();
        String second = uniqueStage();
        Registration interview = registerFor(first, second);
        awaitGauge("interview_in_progress", first, 1.0);

        Instant started = Instant.parse("2026-11-29T10:00:00Z");
        InterviewContext context = new InterviewContext(new Candidate("Ada Lovelace", "ada@example.com"),
                new Position("Backend Engineer", "senior", "London"), Language.EN,
                List.of(new PlannedStage(first, 1), new PlannedStage(second, 1)));
        StageCompleted firstDone = StageCompleted.intake(interview.id(), context)
                .next(result(first, started, started.plusSeconds(90)));
        publish(Topics.STAGE_COMPLETED, firstDone);
        // the same record again, then the second stage: on one partition, so the copy is handled before it
        publish(Topics.STAGE_COMPLETED, firstDone);
        awaitGauge("interview_in_progress", second, 1.0);
        publish(Topics.STAGE_COMPLETED, firstDone.next(result(second, started.plusSeconds(100),
                started.plusSeconds(400))));
        awaitStatus(interview, "SCORING");

        await().atMost(TIMEOUT).untilAsserted(() -> assertEquals(1.0,
                sample("interview_stage_duration_seconds_count", Map.of("stage", second)).orElse(0),
                linesAbout("interview_stage_duration_seconds_count")));
        assertEquals(1.0, sample("interview_stage_duration_seconds_count", Map.of("stage", first)).orElse(0),
                linesAbout("interview_stage_duration_seconds_count"));
        assertEquals(90.0, sample("interview_stage_duration_seconds_sum", Map.of("stage", first)).orElse(0));
        assertEquals(300.0, sample("interview_stage_duration_seconds_sum", Map.of("stage", second)).orElse(0));
        assertEquals(1.0, sample("interview_stage_duration_seconds_bucket",
                Map.of("stage", first, "le", "+Inf")).orElse(0));
        awaitGauge("interview_in_progress", first, 0.0);
        awaitGauge("interview_in_progress", second, 0.0);
    }

    @Test
    void aStageNameOrPathARequestChoseNeverBecomesALabel() {
        String invented = "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        double answersBefore = valueOrZero("interview_answers_accepted_total", "stage", MeteredStages.OTHER);
        double durationsBefore = valueOrZero("interview_stage_duration_seconds_count", "stage", MeteredStages.OTHER);
        Registration interview = registerFor(invented);
        ask(interview, invented, "q1", 1);
        awaitOpenQuestion(interview, "q1");
        post(interview, answer("q1", "My answer.")).then().statusCode(202);
        Instant started = Instant.parse("2026-11-29T10:00:00Z");
        InterviewContext context = new InterviewContext(new Candidate("Ada Lovelace", "ada@example.com"),
                new Position("Backend Engineer", "senior", "London"), Language.EN,
                List.of(new PlannedStage(invented, 1)));
        publish(Topics.STAGE_COMPLETED, StageCompleted.intake(interview.id(), context)
                .next(result(invented, started, started.plusSeconds(60))));
        awaitStatus(interview, "SCORING");
        // paths a client chose: an unknown interview and an unknown address
        given().header("Authorization", "Bearer " + invented).get("/api/interviews/{id}", UUID.randomUUID())
                .then().statusCode(404);
        given().get("/" + invented).then().statusCode(404);

        await().atMost(TIMEOUT).untilAsserted(() -> assertEquals(durationsBefore + 1,
                valueOrZero("interview_stage_duration_seconds_count", "stage", MeteredStages.OTHER),
                linesAbout("interview_stage_duration_seconds_count")));
        assertEquals(answersBefore + 1, valueOrZero("interview_answers_accepted_total", "stage", MeteredStages.OTHER),
                linesAbout("interview_answers_accepted_total"));
        String scrape = PrometheusMetrics.scrape();
        assertFalse(scrape.contains(invented), () -> Arrays.stream(scrape.split("\n"))
                .filter(line -> line.contains(invented)).collect(Collectors.joining("\n")));
        assertTrue(sample("interview_in_progress", Map.of("stage", MeteredStages.OTHER)).isPresent(),
                linesAbout("interview_in_progress"));
    }

    private static StageResult result(String stage, Instant startedAt, Instant completedAt) {
        return new StageResult(stage, stage + "-rubric-v1", 75, List.of(), List.of(), false, List.of(), startedAt,
                completedAt);
    }

    private static void ask(Registration interview, String stage, String questionId, int number) {
        publish(Topics.QUESTIONS, QuestionAsked.of(interview.id(), stage, questionId, "Question " + questionId,
                false, number, 3));
    }

    private static Response post(Registration interview, Object body) {
        return given().header("Authorization", interview.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/interviews/{id}/answers", interview.id());
    }

    private static Map<String, Double> rejectedCounts() {
        Map<String, Double> counts = new LinkedHashMap<>();
        for (String reason : List.of("empty_answer", "answer_too_long", "unknown_question", "not_open_question",
                "already_answered", "unknown_interview", "interview_closed")) {
            counts.put(reason, valueOrZero("interview_answers_rejected_total", "reason", reason));
        }
        return counts;
    }
}
