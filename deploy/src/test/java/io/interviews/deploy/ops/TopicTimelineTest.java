package io.interviews.deploy.ops;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.Band;
import io.interviews.events.Candidate;
import io.interviews.events.DataKey;
import io.interviews.events.DimensionRating;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewEvent;
import io.interviews.events.InterviewRescored;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.QuestionAsked;
import io.interviews.events.RescoreRequested;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageRegraded;
import io.interviews.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The timeline's lines: an interview's course without its personal data (sealed on the topics), and the re-score
 * events (who asked, what a stage graded, how far the interview moved).
 */
class TopicTimelineTest {

    private static final UUID INTERVIEW = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    private static final UUID RESCORE = UUID.fromString("5a0d7e2c-3f41-4c8e-9b6a-1d2e3f4a5b6c");

    @Test
    void aRescoreRequestBelongsToTheWholeInterviewAndNamesItsRequest() {
        TopicTimeline.Entry entry = entryOf(Topics.RESCORES, RescoreRequested.of(INTERVIEW, RESCORE));

        assertNull(entry.stage());
        assertEquals(RescoreRequested.TYPE, entry.type());
        assertEquals("re-score requested (" + RESCORE + ")", entry.summary());
    }

    @Test
    void aRegradeBelongsToItsStageWithTheNewScoreRubricAndBrain() {
        StageRegraded regraded = new StageRegraded(UUID.randomUUID(), INTERVIEW, Instant.now(), RESCORE, "hr",
                "hr-2026.12-4", "openai", 62.5, List.of(new DimensionRating("collaboration", 3, 1, List.of(),
                "Meets the bar.", true, "openai")), List.of());

        TopicTimeline.Entry entry = entryOf(Topics.RESCORES, regraded);

        assertEquals("hr", entry.stage());
        assertEquals("regraded, score 62.5 (hr-2026.12-4, openai)", entry.summary());
    }

    @Test
    void aRescoredInterviewShowsBothTotalsAndBands() {
        InterviewRescored rescored = new InterviewRescored(UUID.randomUUID(), INTERVIEW, Instant.now(),
                UUID.randomUUID(), "rubric", 82.0, Band.HIRE, 66.4, Band.BORDERLINE, List.of(), RESCORE);

        TopicTimeline.Entry entry = entryOf(Topics.RESCORED, rescored);

        assertNull(entry.stage());
        assertEquals("re-scored 82.0 HIRE → 66.4 BORDERLINE", entry.summary());
    }

    @Test
    void anInterviewsLinesShowWhatHappenedAndNothingPersonal() {
        DataKey key = DataKey.generate(INTERVIEW);
        StageCompleted intake = StageCompleted.intake(INTERVIEW, new InterviewContext(
                new Candidate("Ada Lovelace", "ada@example.com"), new Position("Backend Engineer", "senior", "London"),
                Language.ZH, List.of(new PlannedStage("tech", 1))));
        QuestionAsked asked = QuestionAsked.of(INTERVIEW, "tech", "tech-2", "You said you cut the latency: how?", true,
                3, 6);
        AnswerSubmitted answered = AnswerSubmitted.of(INTERVIEW, "tech", "tech-2", "By batching the writes.");

        List<String> lines = List.of(
                entryOf(Topics.STAGE_COMPLETED, intake, key).summary(),
                entryOf(Topics.QUESTIONS, asked, key).summary(),
                entryOf(Topics.ANSWERS, answered, key).summary());

        assertEquals(List.of("registered for Backend Engineer (zh)", "follow-up tech-2 (3/6)", "answered tech-2"), lines);
    }

    private static TopicTimeline.Entry entryOf(String topic, InterviewEvent event, DataKey key) {
        return TopicTimeline.entry(new ConsumerRecord<>(topic, 0, 0, event.interviewId().toString(),
                EventCodec.encode(event, key)));
    }

    private static TopicTimeline.Entry entryOf(String topic, InterviewEvent event) {
        return TopicTimeline.entry(new ConsumerRecord<>(topic, 0, 0, event.interviewId().toString(),
                EventCodec.encode(event)));
    }
}
