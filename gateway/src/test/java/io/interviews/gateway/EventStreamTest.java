package io.interviews.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.events.QuestionAsked;
import io.interviews.events.Topics;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static io.interviews.gateway.TestInterviews.TIMEOUT;
import static io.interviews.gateway.TestInterviews.ask;
import static io.interviews.gateway.TestInterviews.openEventStream;
import static io.interviews.gateway.TestInterviews.publish;
import static io.interviews.gateway.TestInterviews.register;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class EventStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSubscriberReceivesTheCurrentStatusThenEachNewQuestionAndStageChange() throws IOException {
        Registration interview = register();
        try (SseRecorder stream = openEventStream(interview, interview.bearer())) {
            await().atMost(TIMEOUT).until(() -> !stream.events("status").isEmpty());
            JsonNode initial = JSON.readTree(stream.events("status").get(0).data());
            assertEquals("IN_PROGRESS", initial.get("status").asText());
            assertEquals("tech", initial.get("currentStage").asText());

            QuestionAsked question = ask(interview, "tech", "tech-1", 1);
            await().atMost(TIMEOUT).until(() -> !stream.events("question").isEmpty());
            JsonNode shown = JSON.readTree(stream.events("question").get(0).data());
            assertEquals("tech-1", shown.get("questionId").asText());
            assertEquals("tech", shown.get("stage").asText());
            assertEquals(question.text(), shown.get("text").asText());
            assertEquals(false, shown.get("followUp").asBoolean());
            assertEquals(1, shown.get("number").asInt());
            assertEquals(3, shown.get("plannedQuestions").asInt());
            assertTrue(!shown.has("answer") && !shown.has("score"), shown.toString());

            publish(Topics.STAGE_COMPLETED, StageEvents.completed(StageEvents.intake(interview.id()), "tech", 75));
            await().atMost(TIMEOUT).until(() -> stream.events("status").size() >= 2);
            JsonNode next = JSON.readTree(stream.events("status").get(1).data());
            assertEquals("hr", next.get("currentStage").asText());
        }
    }

    @Test
    void aNewSubscriberIsSentTheOpenQuestionAtOnce() throws IOException {
        Registration interview = register();
        ask(interview, "tech", "tech-1", 1);
        TestInterviews.awaitOpenQuestion(interview, "tech-1");

        try (SseRecorder stream = openEventStream(interview, interview.bearer())) {
            await().atMost(TIMEOUT).until(() -> !stream.events("question").isEmpty());
            assertEquals(List.of("status", "question"),
                    stream.events().stream().map(SseRecorder.Event::name).toList());
        }
    }

    @Test
    void theStreamIsOnlyOpenedWithTheCandidatesToken() throws IOException {
        Registration interview = register();
        Registration other = register();
        try (SseRecorder stream = openEventStream(interview, other.bearer())) {
            await().atMost(TIMEOUT).until(() -> stream.status() != 0);
            assertEquals(404, stream.status());
            assertTrue(stream.events().isEmpty());
        }
    }
}
