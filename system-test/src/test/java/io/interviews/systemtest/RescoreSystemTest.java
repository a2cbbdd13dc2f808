package io.interviews.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.stack.InterviewClient;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewRescored;
import io.interviews.events.StageRescored;
import io.interviews.events.Topics;
import io.interviews.testsupport.ChangedRubric;
import io.interviews.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10's re-scoring on the live system: the evaluation jar's {@code rescore}, run as an operator runs it, re-grades
 * the system test's finished interviews with a changed hr rubric (a new version that weighs collaboration tenfold).
 * It publishes an {@code interview.rescored.v1} per interview carrying both rubric versions, writes the drift report,
 * and leaves every live decision as it was.
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
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aReScoreWithAChangedRubricPublishesBothVersionsWritesTheDriftAndLeavesTheLiveDecisionAlone(LiveSystem system)
            throws Exception {
        List<LiveSystem.Outcome> finished = List.of(system.outcome(Scenario.STRONG_EN_DEFAULT_PLAN),
                system.outcome(Scenario.WEAK_ZH_DEFAULT_PLAN));
        Path report = WORK.resolve("report");
        Path stages = WORK.resolve("stages");
        ChangedRubric.write(SHIPPED_HR, stages.resolve("hr"), NEW_HR_VERSION, CHANGED_DIMENSION, WEIGHT_FACTOR);
        String output = rescore(system.stack().kafkaBootstrapServers(), stages, report);

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

    /** Runs {@code rescore} as a separate process and returns what it printed; fails on a non-zero exit. */
    private static String rescore(String bootstrapServers, Path stages, Path report) throws Exception {
        Path log = WORK.resolve("rescore.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", EVALUATION_JAR.toString(), "rescore", "--bootstrap-servers", bootstrapServers,
                "--stages", stages.toString(), "--out", report.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
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
                    .allMatch(outcome -> seen.stream().anyMatch(record -> record.value().contains(outcome.interviewId()))),
                    DEADLINE);
            return records.stream().map(record -> EventCodec.decode(record.value(), InterviewRescored.class))
                    .collect(Collectors.toMap(event -> event.interviewId().toString(), Function.identity(),
                            (earlier, later) -> later));
        }
    }

    private static StageRescored stage(InterviewRescored event, String stage) {
        return event.stages().stream().filter(rescored -> rescored.stage().equals(stage)).findFirst().orElseThrow();
    }
}
