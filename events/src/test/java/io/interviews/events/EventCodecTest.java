package io.interviews.events;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventCodecTest {

    private static final InterviewContext CONTEXT = new InterviewContext(
            new Candidate("Li Wei", "li.wei@example.com"),
            new Position("Backend Engineer", "senior", "London"),
            Language.ZH,
            List.of(new PlannedStage("tech", 0.4), new PlannedStage("hr", 0.3), new PlannedStage("boss", 0.3)));

    @Test
    void stageCompletedSurvivesTheWireWithItsVersionedType() {
        StageResult tech = new StageResult("tech", "tech-en-1", 82.5,
                List.of(new DimensionRating("problem-solving", 4, 0.5, List.of("I profiled first"), "covered 3/4", true, "rubric")),
                List.of(new Exchange("tech-1", "How do you debug?", false, "I profiled first", Instant.now())),
                false, List.of(), Instant.now(), Instant.now());
        StageCompleted event = StageCompleted.intake(UUID.randomUUID(), CONTEXT).next(tech);

        String json = EventCodec.encode(event);

        assertTrue(json.contains("\"type\":\"interview.stage-completed.v1\""), json);
        assertTrue(json.contains("\"language\":\"zh\""), json);
        assertEquals(event, EventCodec.decode(json, StageCompleted.class));
    }

    @Test
    void aStageResultWrittenBeforeReviewReasonsAndBrainDecodesWithTheirDefaults() {
        String older = EventCodec.encode(StageCompleted.intake(UUID.randomUUID(), CONTEXT).next(new StageResult("tech",
                "tech-en-1", 75, List.of(new DimensionRating("problem-solving", 3, 1, List.of(), "meets", true, "rubric")),
                List.of(), false, List.of(), Instant.now(), Instant.now())))
                .replace(",\"brain\":\"rubric\"", "").replace(",\"reviewReasons\":[]", "");
        assertFalse(older.contains("brain") || older.contains("reviewReasons"), older);

        StageResult decoded = EventCodec.decode(older, StageCompleted.class).results().get(0);

        assertEquals("rubric", decoded.dimensions().get(0).brain());
        assertEquals(List.of(), decoded.reviewReasons());
    }

    @Test
    void anInterviewScoredWrittenBeforeImprovementAreasDecodesWithNone() {
        InterviewScored scored = new InterviewScored(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), CONTEXT,
                List.of(new StageScore("tech", 1, 75)), 75, Band.CONSIDER, "Consider", false, List.of(), List.of());
        String older = EventCodec.encode(scored).replace(",\"improvementAreas\":[]", "");
        assertFalse(older.contains("improvementAreas"), older);

        assertEquals(scored, EventCodec.decode(older, InterviewScored.class));
    }

    @Test
    void anInterviewRescoredWrittenBeforeRescoreIdsDecodesAsTheCommands() {
        InterviewRescored rescored = new InterviewRescored(UUID.randomUUID(), UUID.randomUUID(), Instant.now(),
                UUID.randomUUID(), "rubric", 75, Band.CONSIDER, 81, Band.HIRE, List.of(), null);
        String older = EventCodec.encode(rescored).replace(",\"rescoreId\":null", "");
        assertFalse(older.contains("rescoreId"), older);

        assertEquals(rescored, EventCodec.decode(older, InterviewRescored.class));
    }

    @Test
    void planOrderDecidesTheNextStage() {
        StageCompleted intake = StageCompleted.intake(UUID.randomUUID(), CONTEXT);
        assertEquals("tech", intake.nextStage().orElseThrow());
        assertEquals("boss", CONTEXT.stageAfter("hr").orElseThrow());
        assertTrue(CONTEXT.stageAfter("boss").isEmpty());
        assertTrue(CONTEXT.isLastStage("boss"));
        assertFalse(CONTEXT.isLastStage("hr"));
    }

    @Test
    void garbageAndWrongTypesAreRejectedWithAReason() {
        InvalidEventException garbage = assertThrows(InvalidEventException.class,
                () -> EventCodec.decode("{not json", AnswerSubmitted.class));
        assertTrue(garbage.getMessage().startsWith("unparseable AnswerSubmitted"), garbage.getMessage());

        String question = EventCodec.encode(QuestionAsked.of(UUID.randomUUID(), "tech", "tech-1", "Why?", false, 1, 3));
        InvalidEventException wrongType = assertThrows(InvalidEventException.class,
                () -> EventCodec.decode(question, AnswerSubmitted.class));
        assertTrue(wrongType.getMessage().contains("interview.question-asked.v1"), wrongType.getMessage());

        assertThrows(InvalidEventException.class, () -> EventCodec.decode(
                "{\"type\":\"interview.answer-submitted.v1\",\"text\":\"hi\"}", AnswerSubmitted.class));
    }

    @Test
    void cloudEventHeadersDescribeTheEvent() {
        AnswerSubmitted answer = AnswerSubmitted.of(UUID.randomUUID(), "hr", "hr-2", "Because");
        var headers = CloudEventHeaders.of(answer, "/gateway");
        assertEquals("1.0", new String(headers.get(CloudEventHeaders.SPEC_VERSION), StandardCharsets.UTF_8));
        assertEquals(answer.eventId().toString(), new String(headers.get(CloudEventHeaders.ID), StandardCharsets.UTF_8));
        assertEquals(AnswerSubmitted.TYPE, new String(headers.get(CloudEventHeaders.TYPE), StandardCharsets.UTF_8));
        assertEquals("application/json", new String(headers.get(CloudEventHeaders.CONTENT_TYPE), StandardCharsets.UTF_8));
    }
}
