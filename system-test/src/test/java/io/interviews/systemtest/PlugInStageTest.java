package io.interviews.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import io.interviews.deploy.infra.Database;
import io.interviews.events.EventCodec;
import io.interviews.events.Language;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageResult;
import io.interviews.events.Topics;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.StageBankLoader;
import io.interviews.testsupport.TopicProbe;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static io.interviews.systemtest.InterviewAssertions.assertEachQuestionAnsweredExactlyOnce;
import static io.interviews.systemtest.InterviewAssertions.assertTotalIsTheWeightedMeanOfThePlannedStages;
import static io.interviews.testsupport.TopicProbe.keyed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code coding} stage, added through configuration only ({@code interviewer-tech}'s runner with
 * {@code INTERVIEW_STAGE_NAME=coding} and the banks in {@code deploy/stages/coding}), takes its turn in the plan
 * {@code tech, coding, hr, boss}; no other service knows about it beforehand.
 */
@ExtendWith(LiveSystemExtension.class)
class PlugInStageTest {

    private static final Scenario WITH_CODING = Scenario.STRONG_EN_WITH_CODING;

    @Test
    void thePluggedInStageTakesItsTurnAndCountsInTheWeightedTotal(LiveSystem system) {
        LiveSystem.Outcome outcome = system.outcome(WITH_CODING);
        JsonNode view = outcome.recruiterView();

        double total = assertTotalIsTheWeightedMeanOfThePlannedStages(outcome);
        Map<String, Double> weights = new LinkedHashMap<>();
        view.path("stageScores").forEach(stage -> weights.put(stage.path("stage").asText(), stage.path("weight").asDouble()));
        assertEquals(Map.of("tech", 0.3, "coding", 0.2, "hr", 0.25, "boss", 0.25), weights);
        double coding = 0;
        for (JsonNode stage : view.path("stageScores")) {
            if ("coding".equals(stage.path("stage").asText())) {
                coding = stage.path("score").asDouble();
            }
        }
        // at least CONSIDER; how far under its independent labels: CodingStageDataTest
        assertTrue(coding >= 70, "the strong candidate's coding score " + coding);
        assertTrue(total >= 70, "strong candidate total " + total);
        assertEquals("OFFER", view.path("letter").path("kind").asText());

        List<String> codingMainQuestions = new ArrayList<>();
        view.path("questions").forEach(question -> {
            if ("coding".equals(question.path("stage").asText()) && !question.path("followUp").asBoolean()) {
                codingMainQuestions.add(question.path("questionId").asText());
            }
        });
        List<String> bankQuestions = StageBankLoader.fromDirectory(LiveSystem.CODING_STAGE, "coding").bank(Language.EN)
                .questions().stream().map(Question::id).toList();
        assertEquals(bankQuestions, codingMainQuestions, "the coding stage asks its bank's questions in order");
        try (TopicProbe topics = new TopicProbe(system.stack().kafkaBootstrapServers())) {
            assertEachQuestionAnsweredExactlyOnce(outcome, topics.readAll(Topics.ANSWERS, Duration.ofSeconds(30)));
        }
    }

    @Test
    void thePluggedInStageRunsAsItsOwnServiceWithItsOwnRubricSchemaAndConsumerGroup(LiveSystem system) throws Exception {
        LiveSystem.Outcome outcome = system.outcome(WITH_CODING);
        UUID interviewId = UUID.fromString(outcome.interviewId());

        try (TopicProbe topics = new TopicProbe(system.stack().kafkaBootstrapServers())) {
            StageCompleted completed = topics.readAll(Topics.STAGE_COMPLETED, Duration.ofSeconds(30)).stream()
                    .filter(keyed(outcome.interviewId()))
                    .map(record -> EventCodec.decode(record.value(), StageCompleted.class))
                    .filter(event -> "coding".equals(event.stage()))
                    .findFirst().orElseThrow();
            StageResult result = completed.results().get(completed.results().size() - 1);
            assertEquals("coding", result.stage());
            assertEquals(StageBankLoader.fromDirectory(LiveSystem.CODING_STAGE, "coding").rubricVersion(), result.rubricVersion());
        }

        Database database = system.stack().database();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
            assertEquals(List.of("coding"), completedSessions(connection, "interviewer_coding", interviewId));
            assertEquals(List.of("tech"), completedSessions(connection, "interviewer_tech", interviewId));
        }

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.stack().kafkaBootstrapServers()))) {
            Set<String> groups = admin.listGroups().all().get(30, TimeUnit.SECONDS).stream()
                    .map(GroupListing::groupId).collect(Collectors.toSet());
            assertTrue(groups.contains("interviewer-coding"), "consumer groups: " + groups);
        }
    }

    /** The stages of the interview's completed sessions in a stage service's own schema. */
    private static List<String> completedSessions(Connection connection, String schema, UUID interviewId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select stage from " + schema
                + ".stage_session where interview_id = ? and completed_at is not null")) {
            query.setObject(1, interviewId);
            List<String> stages = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stages.add(rows.getString(1));
                }
            }
            return stages;
        }
    }
}
