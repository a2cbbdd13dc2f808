package io.interviews.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.stack.InterviewClient;
import io.interviews.deploy.stack.LocalStack;
import io.interviews.deploy.stack.ServiceSpec;
import io.interviews.deploy.stack.SimulatedCandidate;
import io.interviews.events.AnswerSubmitted;
import io.interviews.events.EventCodec;
import io.interviews.events.Topics;
import io.interviews.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The broker, PostgreSQL and all six services as real processes; candidates take whole interviews through
 * the gateway's HTTP API only, and the outcome is checked through the recruiter view and the topics.
 */
class EndToEndInterviewTest {

    private static final Duration INTERVIEW_TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalStack stack;
    private static InterviewClient client;

    @BeforeAll
    static void startStack() {
        Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
        stack = LocalStack.start(root, root.resolve("system-test/target/stack"), ServiceSpec.defaults());
        client = new InterviewClient(stack.gatewayUrl());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    record Outcome(InterviewClient.Registration interview, List<SimulatedCandidate.AnsweredQuestion> answered,
                   JsonNode recruiterView) {
    }

    @Test
    void strongAndWeakCandidatesCompleteWithConsistentTotalsAndTheRightLetters() throws Exception {
        CompletableFuture<Outcome> strong = CompletableFuture.supplyAsync(() -> interview("strong", "en"));
        CompletableFuture<Outcome> weak = CompletableFuture.supplyAsync(() -> interview("weak", "zh"));
        Outcome strongOutcome = strong.get();
        Outcome weakOutcome = weak.get();

        double strongTotal = assertTotalIsTheWeightedMeanOfThreeStages(strongOutcome.recruiterView());
        double weakTotal = assertTotalIsTheWeightedMeanOfThreeStages(weakOutcome.recruiterView());
        assertTrue(strongTotal >= 70, "strong candidate total " + strongTotal);
        assertTrue(weakTotal < 60, "weak candidate total " + weakTotal);
        assertEquals("OFFER", strongOutcome.recruiterView().path("letter").path("kind").asText());
        assertEquals("FEEDBACK", weakOutcome.recruiterView().path("letter").path("kind").asText());
        assertTrue(strongOutcome.recruiterView().path("letter").path("markdown").asText().contains("Ada Lovelace"));

        try (TopicProbe topics = new TopicProbe(stack.kafkaBootstrapServers())) {
            List<ConsumerRecord<String, String>> answers = topics.readAll(Topics.ANSWERS, Duration.ofSeconds(30));
            assertEachQuestionAnsweredExactlyOnce(strongOutcome, answers);
            assertEachQuestionAnsweredExactlyOnce(weakOutcome, answers);

            List<ConsumerRecord<String, String>> deadLetters = topics.readAll(Topics.DEAD_LETTERS, Duration.ofSeconds(30));
            assertTrue(deadLetters.isEmpty(), "dead letters:\n" + TopicProbe.describe(deadLetters));
        }
    }

    private static Outcome interview(String persona, String language) {
        SimulatedCandidate candidate = new SimulatedCandidate(persona, language);
        InterviewClient.Registration interview = client.apply(new InterviewClient.Application(
                Map.of("name", "strong".equals(persona) ? "Ada Lovelace" : "王芳", "email", persona + "@example.com"),
                Map.of("title", "Backend Engineer", "level", "senior", "location", "London"),
                language, null));
        List<SimulatedCandidate.AnsweredQuestion> answered =
                candidate.takeInterview(client, interview, INTERVIEW_TIMEOUT, exchange -> { });
        SimulatedCandidate.awaitStatus(client, interview, "AWAITING_DECISION", INTERVIEW_TIMEOUT);
        try {
            return new Outcome(interview, answered,
                    JSON.readTree(client.recruiterView(interview.interviewId(), stack.recruiterKey())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double assertTotalIsTheWeightedMeanOfThreeStages(JsonNode view) {
        JsonNode stages = view.path("stageScores");
        assertEquals(List.of("tech", "hr", "boss"), names(stages), view.toPrettyString());
        double weighted = 0;
        double weights = 0;
        for (JsonNode stage : stages) {
            double score = stage.path("score").asDouble();
            assertTrue(score >= 0 && score <= 100, "stage score out of range: " + stage);
            weighted += stage.path("weight").asDouble() * score;
            weights += stage.path("weight").asDouble();
        }
        double total = view.path("total").asDouble();
        assertEquals(weighted / weights, total, 0.5, "total vs weighted mean of " + stages);
        return total;
    }

    private static void assertEachQuestionAnsweredExactlyOnce(Outcome outcome, List<ConsumerRecord<String, String>> answers) {
        List<String> questionIds = new ArrayList<>();
        for (JsonNode question : outcome.recruiterView().path("questions")) {
            assertFalse(question.path("answer").isNull() || question.path("answer").isMissingNode(),
                    "unanswered question " + question);
            questionIds.add(question.path("questionId").asText());
        }
        assertEquals(new HashSet<>(questionIds).size(), questionIds.size(), "a question was asked twice: " + questionIds);
        assertEquals(questionIds, outcome.answered().stream().map(SimulatedCandidate.AnsweredQuestion::questionId).toList());
        assertTrue(questionIds.size() >= 9, "three stages of at least three questions each: " + questionIds);

        List<String> submitted = answers.stream()
                .filter(record -> outcome.interview().interviewId().equals(record.key()))
                .map(record -> EventCodec.decode(record.value(), AnswerSubmitted.class).questionId())
                .toList();
        Set<String> distinct = Set.copyOf(submitted);
        assertEquals(distinct.size(), submitted.size(), "answers submitted more than once: "
                + submitted.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting())));
        assertEquals(Set.copyOf(questionIds), distinct);
    }

    private static List<String> names(JsonNode stages) {
        List<String> names = new ArrayList<>();
        stages.forEach(stage -> names.add(stage.path("stage").asText()));
        return names;
    }
}
