package io.interviews.kit;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewConcluded;
import io.interviews.events.InterviewEvent;
import io.interviews.events.InvalidEventException;
import io.interviews.events.LetterSent;
import io.interviews.events.LetterKind;
import io.interviews.events.Language;
import io.interviews.events.QuestionAsked;
import io.interviews.events.Topics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterviewEventDeserializerTest {

    private final InterviewEventDeserializer deserializer = new InterviewEventDeserializer();

    @Test
    void decodesTheEventTypeItsTopicCarries() {
        AnswerSubmitted answer = AnswerSubmitted.of(UUID.randomUUID(), "tech", "tech-1", "I would profile first.");
        LetterSent sent = LetterSent.of(UUID.randomUUID(), LetterKind.OFFER, Language.EN, "# Welcome");

        assertEquals(answer, deserialize(Topics.ANSWERS, EventCodec.encode(answer)));
        assertEquals(sent, deserialize(Topics.LETTERS, EventCodec.encode(sent)));
    }

    @Test
    void refusesGarbageNamingTheExpectedType() {
        InvalidEventException refused = assertThrows(InvalidEventException.class,
                () -> deserialize(Topics.ANSWERS, "this is not an answer"));
        assertTrue(refused.getMessage().startsWith("unparseable AnswerSubmitted"), refused.getMessage());
        assertThrows(InvalidEventException.class, () -> deserializer.deserialize(Topics.ANSWERS, null));
    }

    @Test
    void refusesAnEventOfAnotherTopic() {
        QuestionAsked question = QuestionAsked.of(UUID.randomUUID(), "tech", "tech-1", "Hello?", false, 1, 3);

        InvalidEventException onAnswers = assertThrows(InvalidEventException.class,
                () -> deserialize(Topics.ANSWERS, EventCodec.encode(question)));
        InvalidEventException onLetters = assertThrows(InvalidEventException.class,
                () -> deserialize(Topics.LETTERS, EventCodec.encode(question)));

        assertEquals("expected AnswerSubmitted but got " + QuestionAsked.TYPE, onAnswers.getMessage());
        assertEquals("unexpected " + QuestionAsked.TYPE + " on " + Topics.LETTERS
                + " (expected LetterDrafted, LetterSent, InterviewConcluded or DecisionRefused)", onLetters.getMessage());
    }

    @Test
    void refusesAnEventWithoutIds() {
        InterviewConcluded withoutId = new InterviewConcluded(null, UUID.randomUUID(), Instant.now(),
                InterviewConcluded.Outcome.TALENT_POOL, "no id");

        InvalidEventException refused = assertThrows(InvalidEventException.class,
                () -> deserialize(Topics.LETTERS, EventCodec.encode(withoutId)));
        assertTrue(refused.getMessage().contains("without eventId"), refused.getMessage());
    }

    @Test
    void refusesATopicOutsideTheContract() {
        assertThrows(IllegalArgumentException.class, () -> deserialize("interview.unknown", "{}"));
    }

    private InterviewEvent deserialize(String topic, String value) {
        return deserializer.deserialize(topic, value.getBytes(StandardCharsets.UTF_8));
    }
}
