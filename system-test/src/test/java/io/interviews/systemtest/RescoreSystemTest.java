package io.interviews.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.stack.InterviewClient;
import io.interviews.deploy.stack.LocalStack;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewRescored;
import io.interviews.events.StageRescored;
import io.interviews.events.Topics;
import io.interviews.testsupport.ChangedRubric;
import io.interviews.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10's re-scoring on the live system, both ways. The evaluation jar's {@code rescore}, run as an operator runs it,
 * re-grades the system test's finished interviews with a changed hr rubric (a new version that weighs collaboration
 * tenfold): it publishes an {@code interview.rescored.v1} per interview carrying both rubric versions, writes the drift
 * report, and leaves every live decision as it was. A recruiter's re-score through the gateway has the running stages
 * (the plug-in {@code coding} stage included) grade their recorded transcripts again and scoring-service combine them;
 * the gateway serves the progress and the drift report.
 */
@ExtendWith(LiveSystemExtension.class)
class RescoreSystemTest {

    private static final Path EVALUATION_JAR = LiveSystem.PROJECT_ROOT.resolve(
            "evaluation/target/evaluation-0.1.0-SNAPSHOT.jar");
    private static final Path SHIPPED_HR = LiveSystem.PROJECT_ROOT.resolve(
            "interviewer-hr/src/main/resources/interview-stages/hr");
    private static final Path WORK = Path.of("target", "rescore-system");
    private static final String NEW_HR_VERSION = "hr-system-test-rescore";
    private static final String CHANGED_DIMENSION = "collaboration";
    private static final int WEIGHT_FACTOR = 10;
    private static final Duration DEADLINE = Duration.ofMinutes(2);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aReScoreWithAChangedRubricPublishesBothVersionsWritesTheDriftAndLeavesTheLiveDecisionAlone(LiveSystem system)
            throws Exception {
        List<LiveSystem.Outcome> finished = List.of(system.outcome(Scenario.STRONG_EN_DEFAULT_PLAN),
                system.outcome(Scenario.WEAK_ZH_DEFAULT_PLAN));
        Path report = WORK.resolve("report");
        Path stages = WORK.resolve("stages");
        ChangedRubric.write(SHIPPED_HR, stages.resolve("hr"), NEW_HR_VERSION, CHANGED_DIMENSION, WEIGHT_FACTOR);
        String output = rescore(system.stack(), stages, report);

        Map<String, InterviewRescored> rescored = rescoredEvents(system.stack().kafkaBootstrapServers(), finished);
        List<String> drift = Files.readAllLines(report.resolve("drift.csv"));
        InterviewClient gateway = new InterviewClient(system.stack().gatewayUrl());
        for (LiveSystem.Outcome outcome : finished) {
            InterviewRescored event = rescored.get(outcome.interviewId());
            StageRescored hr = stage(event, "hr");
            assertEquals(NEW_HR_VERSION, hr.rescoredRubricVersion(), output);
            assertNotEquals(NEW_HR_VERSION, hr.liveRubricVersion());
            StageRescored tech = stage(event, "tech");
            assertEquals(tech.liveRubricVersion(), tech.rescoredRubricVersion());
            assertEquals(tech.liveScore(), tech.rescoredScore(), 1e-9, "the unchanged tech rubric grades as the live stage did");
            assertEquals(outcome.recruiterView().path("total").asDouble(), event.liveTotal(), 0.05);
            assertTrue(drift.stream().anyMatch(row -> row.startsWith(outcome.interviewId() + ",hr," + CHANGED_DIMENSION + ",")),
                    "drift.csv has the changed dimension of " + outcome.interviewId());

            JsonNode liveNow = JSON.readTree(gateway.recruiterView(outcome.interviewId(), system.stack().recruiterKey()));
            assertEquals(outcome.recruiterView().path("total"), liveNow.path("total"), "the live total is untouched");
            assertEquals(outcome.recruiterView().path("band"), liveNow.path("band"), "the live band is untouched");
        }
        assertTrue(Files.readString(report.resolve("drift.html")).contains(finished.get(0).interviewId()));
    }

    @Test
    void aRecruitersReScoreIsGradedAgainByTheRunningStagesAndServedAsADriftReport(LiveSystem system) throws Exception {
        List<LiveSystem.Outcome> finished = List.of(system.outcome(Scenario.STRONG_EN_DEFAULT_PLAN),
                system.outcome(Scenario.WEAK_ZH_DEFAULT_PLAN), system.outcome(Scenario.STRONG_EN_WITH_CODING));
        String ids = finished.stream().map(outcome -> '"' + outcome.interviewId() + '"').collect(Collectors.joining(","));

        HttpResponse<String> requested = recruiter(system, "POST", "/api/recruiter/rescores",
                "{\"interviewIds\":[" + ids + "]}");
        assertEquals(202, requested.statusCode(), requested.body());
        String location = requested.headers().firstValue("Location").orElseThrow();
        assertEquals(finished.size(), JSON.readTree(requested.body()).path("interviews").asInt(), requested.body());

        Instant deadline = Instant.now().plus(DEADLINE);
        JsonNode progress = JSON.readTree(recruiter(system, "GET", location, null).body());
        while (!progress.path("complete").asBoolean() && Instant.now().isBefore(deadline)) {
            // the stages grade again and scoring-service combines: poll until every interview is in
            LockSupport.parkNanos(POLL_INTERVAL.toNanos());
            progress = JSON.readTree(recruiter(system, "GET", location, null).body());
        }
        assertTrue(progress.path("complete").asBoolean(), "the re-score did not finish within " + DEADLINE + ": " + progress);
        assertEquals(finished.size(), progress.path("rescored").asInt(), progress.toString());
        String csv = recruiter(system, "GET", location + "/drift.csv", null).body();
        String html = recruiter(system, "GET", location + "/drift.html", null).body();
        InterviewClient gateway = new InterviewClient(system.stack().gatewayUrl());
        for (LiveSystem.Outcome outcome : finished) {
            JsonNode result = resultOf(progress, outcome.interviewId());
            // the stages run the rubrics they interviewed with: grading the recorded transcripts again agrees
            assertEquals(outcome.recruiterView().path("total").asDouble(), result.path("rescoredTotal").asDouble(), 0.05,
                    result.toString());
            assertEquals(outcome.recruiterView().path("band").asText(), result.path("rescoredBand").asText());
            for (JsonNode stage : outcome.recruiterView().path("stageScores")) {
                assertTrue(csv.lines().anyMatch(row -> row.startsWith(outcome.interviewId() + ","
                        + stage.path("stage").asText() + ",")), "drift.csv has every stage of " + outcome.interviewId());
            }
            assertTrue(html.contains(outcome.interviewId()), "drift.html names " + outcome.interviewId());
            JsonNode liveNow = JSON.readTree(gateway.recruiterView(outcome.interviewId(), system.stack().recruiterKey()));
            assertEquals(outcome.recruiterView().path("total"), liveNow.path("total"), "the live total is untouched");
        }
    }

    private static JsonNode resultOf(JsonNode progress, String interviewId) {
        for (JsonNode result : progress.path("results")) {
            if (interviewId.equals(result.path("interviewId").asText())) {
                return result;
            }
        }
        throw new AssertionError("no result for " + interviewId + " in " + progress);
    }

    private static HttpResponse<String> recruiter(LiveSystem system, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.stack().gatewayUrl()).resolve(path))
                .timeout(Duration.ofSeconds(10)).header("X-Recruiter-Key", system.stack().recruiterKey());
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Runs {@code rescore} as a separate process, with the stack's database for the data keys (in the environment, as
     * an operator would give it), and returns what it printed; fails on a non-zero exit.
     */
    private static String rescore(LocalStack stack, Path stages, Path report) throws Exception {
        Path log = WORK.resolve("rescore.log");
        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", EVALUATION_JAR.toString(), "rescore", "--bootstrap-servers", stack.kafkaBootstrapServers(),
                "--stages", stages.toString(), "--out", report.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        command.environment().put("INTERVIEW_DB_URL", stack.database().jdbcUrl());
        command.environment().put("INTERVIEW_DB_USER", stack.database().username());
        command.environment().put("INTERVIEW_DB_PASSWORD", stack.database().password());
        Process process = command.start();
        boolean exited = process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        assertTrue(exited && process.exitValue() == 0, "rescore failed:\n" + output);
        return output;
    }

    private static Map<String, InterviewRescored> rescoredEvents(String bootstrapServers, List<LiveSystem.Outcome> finished) {
        try (TopicProbe topics = new TopicProbe(bootstrapServers)) {
            List<ConsumerRecord<String, String>> records = topics.awaitRecords(Topics.RESCORED, seen -> finished.stream()
                    .allMatch(outcome -> seen.stream().anyMatch(record -> record.value().contains(outcome.interviewId())
                            && isTheCommands(record))), DEADLINE);
            return records.stream().filter(RescoreSystemTest::isTheCommands)
                    .map(record -> EventCodec.decode(record.value(), InterviewRescored.class))
                    .collect(Collectors.toMap(event -> event.interviewId().toString(), Function.identity(),
                            (earlier, later) -> later));
        }
    }

    /** A re-score the evaluation's command published, not one a recruiter asked the gateway for. */
    private static boolean isTheCommands(ConsumerRecord<String, String> record) {
        return EventCodec.decode(record.value(), InterviewRescored.class).rescoreId() == null;
    }

    private static StageRescored stage(InterviewRescored event, String stage) {
        return event.stages().stream().filter(rescored -> rescored.stage().equals(stage)).findFirst().orElseThrow();
    }
}
