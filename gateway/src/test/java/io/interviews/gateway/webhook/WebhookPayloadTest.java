package io.interviews.gateway.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewEvent;
import io.interviews.events.InterviewScored;
import io.interviews.events.LetterDrafted;
import io.interviews.events.LetterKind;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageResult;
import io.interviews.events.Exchange;
import io.interviews.gateway.StageEvents;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Personal data travels only to HTTPS receivers; a plain-HTTP one gets the operational fields. */
class WebhookPayloadTest {

    private static final String ANSWER = "I sharded the ledger by account and kept one writer per shard.";

    private final UUID interviewId = UUID.randomUUID();
    private final StageCompleted tech = StageEvents.intake(interviewId).next(new StageResult("tech", "tech-v1", 72,
            List.of(), List.of(new Exchange("tech-1", "Tell us about a system you designed.", false, ANSWER,
            Instant.now())), false, List.of(), Instant.now().minusSeconds(60), Instant.now()));
    private final LetterDrafted letter = StageEvents.drafted(interviewId, LetterKind.OFFER);

    @Test
    void anHttpsReceiverGetsTheEventAsOnItsTopic() {
        assertEquals(EventCodec.encode(tech), WebhookPayload.of(tech, true));
        assertEquals(EventCodec.encode(letter), WebhookPayload.of(letter, true));
    }

    @Test
    void aPlainHttpReceiverGetsNoNameAnswerOrLetter() throws IOException {
        InterviewScored scored = StageEvents.scored(StageEvents.completed(StageEvents.completed(tech, "hr", 70),
                "boss", 90));
        for (InterviewEvent event : List.of(tech, scored, letter)) {
            String body = WebhookPayload.of(event, false);
            assertFalse(body.contains("Ada Lovelace"), body);
            assertFalse(body.contains("ada@example.com"), body);
            assertFalse(body.contains(ANSWER), body);
            assertFalse(body.contains("Dear"), body);
            JsonNode fields = EventCodec.objectMapper().readTree(body);
            assertEquals(event.type(), fields.path("type").asText());
            assertEquals(interviewId.toString(), fields.path("interviewId").asText());
            assertEquals(event.eventId().toString(), fields.path("eventId").asText());
        }
        JsonNode stage = EventCodec.objectMapper().readTree(WebhookPayload.of(tech, false));
        assertEquals("tech", stage.path("stage").asText());
        assertEquals(72, stage.path("score").asDouble());
        JsonNode score = EventCodec.objectMapper().readTree(WebhookPayload.of(scored, false));
        assertEquals(scored.total(), score.path("total").asDouble());
        assertEquals(List.of("tech", "hr", "boss"), score.path("stageScores").findValuesAsText("stage"));
        assertTrue(EventCodec.objectMapper().readTree(WebhookPayload.of(letter, false)).path("kind").asText()
                .equals("OFFER"));
    }
}
