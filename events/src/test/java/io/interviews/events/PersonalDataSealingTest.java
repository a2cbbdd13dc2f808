package io.interviews.events;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Crypto-shredding on the wire: what a data key seals, what its erasure leaves, what the tools still read. */
class PersonalDataSealingTest {

    private static final UUID INTERVIEW = UUID.randomUUID();
    private static final DataKey KEY = DataKey.generate(INTERVIEW);
    private static final String NAME = "Li Wei";
    private static final String EMAIL = "li.wei@example.com";
    private static final String ANSWER = "I cut the p99 from 900 ms to 120 ms by batching the writes";

    private static final StageCompleted COMPLETED = StageCompleted.intake(INTERVIEW, new InterviewContext(
                    new Candidate(NAME, EMAIL), new Position("Backend Engineer", "senior", "London"), Language.EN,
                    List.of(new PlannedStage("tech", 1))))
            .next(new StageResult("tech", "tech-en-1", 82.5,
                    List.of(new DimensionRating("problem-solving", 4, 1, List.of(ANSWER), "quoted: " + ANSWER, true,
                            "rubric")),
                    List.of(new Exchange("tech-1", "How did you make it faster?", false, ANSWER, Instant.now())),
                    false, List.of(), Instant.now(), Instant.now()));

    @Test
    void aSealedEventHasNoPersonalValueInClearAndOpensWithItsKey() {
        String json = EventCodec.encode(COMPLETED, KEY);

        for (String personal : List.of(NAME, EMAIL, ANSWER, "How did you make it faster?")) {
            assertFalse(json.contains(personal), personal + " in clear: " + json);
        }
        // the operational fields stay readable
        assertTrue(json.contains("\"score\":82.5") && json.contains("\"stage\":\"tech\"")
                && json.contains("\"rating\":4") && json.contains("\"title\":\"Backend Engineer\""), json);
        assertEquals(COMPLETED, EventCodec.decode(json, StageCompleted.class, Map.of(INTERVIEW, KEY)::get));
    }

    @Test
    void withoutTheKeysTheToolsReadTheOperationalFieldsAndTheSealedOnesStayOpaque() {
        StageCompleted sealed = EventCodec.decode(EventCodec.encode(COMPLETED, KEY), StageCompleted.class);

        assertEquals(82.5, sealed.results().get(0).score());
        assertEquals(4, sealed.results().get(0).dimensions().get(0).rating());
        assertTrue(DataKey.isSealed(sealed.context().candidate().name()));
        List<String> evidence = sealed.results().get(0).dimensions().get(0).evidence();
        assertEquals(1, evidence.size());
        assertTrue(DataKey.isSealed(evidence.get(0)), evidence.get(0));
    }

    @Test
    void onceTheKeyIsErasedEveryPersonalValueReadsErased() {
        String sealedBefore = EventCodec.encode(COMPLETED, KEY);
        DataKey erased = DataKey.erased(INTERVIEW);

        StageCompleted read = EventCodec.decode(sealedBefore, StageCompleted.class, id -> erased);
        StageCompleted writtenAfter = EventCodec.decode(EventCodec.encode(COMPLETED, erased), StageCompleted.class);

        for (StageCompleted event : List.of(read, writtenAfter)) {
            assertEquals(DataKey.ERASED, event.context().candidate().email());
            assertEquals(DataKey.ERASED, event.results().get(0).transcript().get(0).answer());
            assertEquals(List.of(DataKey.ERASED), event.results().get(0).dimensions().get(0).evidence());
            assertEquals(82.5, event.results().get(0).score());
        }
    }

    @Test
    void theKeyIsThatOfTheTopLevelInterviewIdWhereverItStandsAndWithoutOneNoneIsLookedUp() {
        String json = EventCodec.encode(COMPLETED, KEY);
        String idField = "\"interviewId\":\"" + INTERVIEW + "\",";
        assertTrue(json.contains(idField), json);
        String idLast = json.replace(idField, "").replaceFirst("}$", ",\"interviewId\":\"" + INTERVIEW + "\"}");
        assertEquals(COMPLETED, EventCodec.decode(idLast, StageCompleted.class, Map.of(INTERVIEW, KEY)::get));

        for (String broken : List.of(json.replace(idField, ""), json.replace(INTERVIEW.toString(), "not-a-uuid"))) {
            InvalidEventException refused = assertThrows(InvalidEventException.class,
                    () -> EventCodec.decode(broken, StageCompleted.class, id -> {
                        throw new AssertionError("a key looked up for " + id);
                    }));
            assertEquals("StageCompleted with sealed fields but no valid interviewId", refused.getMessage());
        }
    }

    @Test
    void aValueSealedForOneInterviewDoesNotOpenInAnother() {
        UUID other = UUID.randomUUID();
        String theirs = EventCodec.encode(AnswerSubmitted.of(INTERVIEW, "tech", "tech-1", ANSWER), KEY);
        String moved = theirs.replace(INTERVIEW.toString(), other.toString());

        InvalidEventException refused = assertThrows(InvalidEventException.class,
                () -> EventCodec.decode(moved, AnswerSubmitted.class, id -> DataKey.of(id, KEY.bytes().orElseThrow())));
        assertTrue(refused.getMessage().startsWith("unparseable AnswerSubmitted"), refused.getMessage());
    }

    @Test
    void eachSealingOfTheSameValueDiffersAndAnEventWithoutPersonalFieldsNeedsNoKey() {
        AnswerSubmitted answer = AnswerSubmitted.of(INTERVIEW, "tech", "tech-1", ANSWER);
        assertFalse(EventCodec.encode(answer, KEY).equals(EventCodec.encode(answer, KEY)), "a fresh IV each time");

        InterviewConcluded concluded = InterviewConcluded.of(INTERVIEW, InterviewConcluded.Outcome.HIRED, "done");
        assertEquals(concluded, EventCodec.decode(EventCodec.encode(concluded, KEY), InterviewConcluded.class,
                id -> {
                    throw new AssertionError("no key is looked up for an event without sealed fields");
                }));
    }

    @Test
    void aKeyRoundTripsThroughItsStoredBytesAndSealsOnlyItsOwnInterviewsEvents() {
        DataKey stored = DataKey.of(INTERVIEW, KEY.bytes().orElseThrow());
        assertEquals(ANSWER, stored.open(KEY.seal(ANSWER)));
        assertTrue(DataKey.erased(INTERVIEW).bytes().isEmpty());
        assertFalse(KEY.toString().contains(java.util.Base64.getEncoder().encodeToString(KEY.bytes().orElseThrow())));
        assertThrows(IllegalArgumentException.class, () -> EventCodec.encode(
                AnswerSubmitted.of(UUID.randomUUID(), "tech", "tech-1", ANSWER), KEY));
    }
}
