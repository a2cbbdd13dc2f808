package io.interviews.stage.ai;

import io.interviews.stage.service.Judgement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How a grading reply is read: tolerant of wrapping, strict about content, never guessing a rating. */
class GradingReplyTest {

    private static final Set<String> EXPECTED = Set.of("depth", "clarity");

    @Test
    void readsTheObjectInsideACodeFenceAndRoundsEachRating() throws UnreadableReply {
        String reply = """
                Here is my grading:
                ```json
                {"ratings": [
                  {"dimension": "depth", "rating": 3.6, "evidence": ["we measured p99"], "rationale": "Specific."},
                  {"dimension": "clarity", "rating": "2", "evidence": [], "confidence": "high"}
                ]}
                ```""";

        assertEquals(List.of(new Judgement("depth", 4, List.of("we measured p99"), "Specific."),
                new Judgement("clarity", 2, List.of(), "")), GradingReply.read(reply, EXPECTED).judgements());
    }

    @Test
    void keepsTheFirstRatingOfADimensionAndIgnoresOthersItWasNotAskedFor() throws UnreadableReply {
        String reply = "{\"ratings\": [{\"dimension\": \"depth\", \"rating\": 2}, {\"dimension\": \"depth\", \"rating\": 5},"
                + " {\"dimension\": \"teamwork\", \"rating\": 5}, {\"dimension\": \"clarity\", \"rating\": 7}]}";

        assertEquals(List.of(2, 7), GradingReply.read(reply, EXPECTED).judgements().stream().map(Judgement::rating).toList(),
                "a rating out of range is kept as said: the check clamps it and says so");
    }

    @Test
    void aReplyThatLeavesADimensionUnratedOrRatesItWithoutANumberIsUnreadable() {
        assertEquals("no rating for clarity", assertThrows(UnreadableReply.class, () -> GradingReply.read(
                "{\"ratings\": [{\"dimension\": \"depth\", \"rating\": 3}]}", Set.of("depth", "clarity"))).getMessage());
        assertEquals("rating of depth is not a number", assertThrows(UnreadableReply.class, () -> GradingReply.read(
                "{\"ratings\": [{\"dimension\": \"depth\"}, {\"dimension\": \"clarity\", \"rating\": 3}]}", EXPECTED))
                .getMessage());
        assertThrows(UnreadableReply.class, () -> GradingReply.read(
                "{\"ratings\": [{\"dimension\": \"depth\", \"rating\": \"good\"}]}", EXPECTED));
        assertEquals("no JSON object in the reply", assertThrows(UnreadableReply.class,
                () -> GradingReply.read("Sure! I would give this answer a solid five.", EXPECTED)).getMessage());
        assertEquals("no \"ratings\" array", assertThrows(UnreadableReply.class,
                () -> GradingReply.read("{\"score\": 5}", EXPECTED)).getMessage());
    }
}
