package io.interviews.offer.messaging;

import io.interviews.events.Band;
import io.interviews.events.Candidate;
import io.interviews.events.CloudEventHeaders;
import io.interviews.events.DimensionRating;
import io.interviews.events.EventCodec;
import io.interviews.events.ImprovementArea;
import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewErased;
import io.interviews.events.InterviewScored;
import io.interviews.events.Language;
import io.interviews.events.LetterDrafted;
import io.interviews.events.LetterKind;
import io.interviews.events.SalaryRange;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageResult;
import io.interviews.events.StageScore;
import io.interviews.events.Topics;
import io.interviews.kit.OutboxMessage;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.interviews.testsupport.TopicProbe.keyed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class LetterDraftingFlowTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String CONSUMER_GROUP = "offer-service";
    private static final String EVIDENCE = "I would just restart the server";

    private static final TopicProbe topics = TopicProbe.shared();

    @Test
    void aTotalOf82DraftsAnOfferWithABenchmarkedSalary() {
        InterviewScored scored = scored("Mei Lin", Language.EN, 82, Band.HIRE);
        publish(scored);

        ConsumerRecord<String, String> record = awaitLetter(scored.interviewId());
        LetterDrafted drafted = EventCodec.decode(record.value(), LetterDrafted.class);
        assertEquals(LetterKind.OFFER, drafted.kind());
        assertEquals(LetterDrafted.TYPE, TopicProbe.headers(record).get(CloudEventHeaders.TYPE));
        assertEquals(scored.interviewId().toString(), record.key());

        JsonPath letter = given().accept("application/json").get("/api/letters/{id}", scored.interviewId())
                .then().statusCode(200)
                .body("kind", equalTo("OFFER"))
                .body("language", equalTo("en"))
                .body("status", equalTo("DRAFTED"))
                .body("total", equalTo(82.0f))
                .body("band", equalTo("HIRE"))
                .body("needsReview", equalTo(false))
                .body("salary.currency", equalTo("GBP"))
                .body("salary.window", equalTo("P60–P75"))
                .body("salary.benchmark", equalTo("Backend developer, London, senior"))
                .body("salary.source", equalTo("Seed salary benchmark v1 (illustrative figures)"))
                .extract().jsonPath();
        long amount = letter.getLong("salary.amount");
        // 82 is HIRE: the seeded London senior backend row's P60 (84,000 + 14,000·10/25 = 89,600) to P75 (98,000)
        assertTrue(89600 <= amount && amount <= 98000, "salary " + amount);
        // the event carries the offer and its window, so the gateway can check a recruiter's salary edit
        assertEquals(new SalaryRange("GBP", amount, letter.getLong("salary.windowLow"),
                letter.getLong("salary.windowHigh")), drafted.salary());
        String figure = String.format("GBP %,d", amount);

        String markdown = given().accept("text/markdown").get("/api/letters/{id}", scored.interviewId())
                .then().statusCode(200)
                .contentType(startsWith("text/markdown"))
                .extract().asString();
        assertEquals(drafted.markdown(), markdown);
        assertTrue(markdown.contains("Dear Mei Lin"), markdown);
        assertTrue(markdown.contains(figure), markdown);
        assertFalse(markdown.contains(EVIDENCE), markdown);
    }

    @Test
    void aTotalOf45DraftsFeedbackWithImprovementAreasInTheInterviewLanguage() {
        InterviewScored scored = scored("李雷", Language.ZH, 45, Band.NO_HIRE);
        publish(scored);

        LetterDrafted drafted = EventCodec.decode(awaitLetter(scored.interviewId()).value(), LetterDrafted.class);
        assertEquals(LetterKind.FEEDBACK, drafted.kind());
        assertEquals(Language.ZH, drafted.language());
        assertNull(drafted.salary());

        given().get("/api/letters/{id}", scored.interviewId())
                .then().statusCode(200)
                .body("kind", equalTo("FEEDBACK"))
                .body("salary", nullValue())
                .body("markdown", containsString("尊敬的李雷"))
                .body("markdown", containsString("建议进一步提升的方面"))
                .body("markdown", containsString("**系统设计**：介绍一个系统时"))
                .body("markdown", containsString("**问题解决**："));
        // the areas the event carries, in its order; never the rubric id, the rationale or the evidence
        assertTrue(drafted.markdown().indexOf("**系统设计**") < drafted.markdown().indexOf("**问题解决**"),
                drafted.markdown());
        assertFalse(drafted.markdown().contains("system-design"), drafted.markdown());
        assertFalse(drafted.markdown().contains("Could not explain"), drafted.markdown());
        assertFalse(drafted.markdown().contains(EVIDENCE), drafted.markdown());
    }

    @Test
    void theSameEventDeliveredTwiceDraftsOneLetter() {
        InterviewScored scored = scored("Ana Souza", Language.EN, 91, Band.STRONG_HIRE);
        publish(scored);
        RecordMetadata duplicate = publish(scored);

        topics.awaitConsumed(CONSUMER_GROUP, duplicate, TIMEOUT);
        awaitLetter(scored.interviewId());
        assertEquals(1, queuedLetters(scored.interviewId()));
        assertEquals(1, topics.readAll(Topics.LETTERS, TIMEOUT).stream()
                .filter(keyed(scored.interviewId()))
                .count());
    }

    @Test
    void aLetterThatFailsTheCheckIsNeverStoredAndGoesToTheDeadLetters() {
        InterviewScored scored = scored("{name}", Language.EN, 75, Band.CONSIDER);
        publish(scored);

        ConsumerRecord<String, String> dead = topics.awaitRecord(Topics.DEAD_LETTERS,
                keyed(scored.interviewId()), TIMEOUT);
        String reason = TopicProbe.headers(dead).get("dead-letter-reason");
        assertTrue(reason != null && reason.contains("offer letter (en) refused: unfilled placeholder '{name}'"),
                "reason: " + reason);
        given().get("/api/letters/{id}", scored.interviewId()).then().statusCode(404);
        assertEquals(0, queuedLetters(scored.interviewId()));
    }

    @Test
    void garbageGoesToTheDeadLettersAndTheNextEventStillGetsALetter() {
        String garbageKey = UUID.randomUUID().toString();
        topics.send(Topics.SCORED, garbageKey, "<xml>not an event</xml>");
        InterviewScored next = scored("Sam Okafor", Language.EN, 64, Band.BORDERLINE);
        publish(next);

        ConsumerRecord<String, String> dead = topics.awaitRecord(Topics.DEAD_LETTERS,
                keyed(garbageKey), TIMEOUT);
        String reason = TopicProbe.headers(dead).get("dead-letter-reason");
        assertTrue(reason != null && reason.contains("unparseable InterviewScored"), "reason: " + reason);
        assertEquals(LetterKind.OFFER,
                EventCodec.decode(awaitLetter(next.interviewId()).value(), LetterDrafted.class).kind());
        // a borderline total still gets an offer draft in the lowest window, flagged for the approving recruiter
        given().get("/api/letters/{id}", next.interviewId())
                .then().statusCode(200)
                .body("needsReview", equalTo(true))
                .body("salary.window", equalTo("P25–P40"));
    }

    @Test
    void anErasedInterviewLosesItsLetterAndGetsNoNewOne() {
        InterviewScored scored = scored("Ada Lovelace", Language.EN, 84, Band.HIRE);
        publish(scored);
        awaitLetter(scored.interviewId());

        InterviewErased erasure = InterviewErased.of(scored.interviewId(), InterviewErased.Reason.RETENTION);
        topics.awaitConsumed(CONSUMER_GROUP, topics.send(Topics.ERASURES, scored.interviewId().toString(),
                EventCodec.encode(erasure)), TIMEOUT);
        given().get("/api/letters/{id}", scored.interviewId()).then().statusCode(404);
        assertEquals(0, queuedLetters(scored.interviewId()));

        // scored again, as if the scoring-service sent it late: the inbox refuses every event of an erased interview
        InterviewScored late = new InterviewScored(UUID.randomUUID(), scored.interviewId(), Instant.now(),
                scored.context(), scored.stageScores(), scored.total(), scored.band(), scored.recommendation(),
                scored.needsReview(), scored.results(), scored.improvementAreas());
        topics.awaitConsumed(CONSUMER_GROUP, publish(late), TIMEOUT);
        given().get("/api/letters/{id}", scored.interviewId()).then().statusCode(404);
        assertEquals(0, queuedLetters(scored.interviewId()));
    }

    private static RecordMetadata publish(InterviewScored event) {
        return topics.send(Topics.SCORED, event.interviewId().toString(), EventCodec.encode(event));
    }

    private static ConsumerRecord<String, String> awaitLetter(UUID interviewId) {
        return topics.awaitRecord(Topics.LETTERS, keyed(interviewId), TIMEOUT);
    }

    private static long queuedLetters(UUID interviewId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("topic = ?1 and recordKey = ?2",
                Topics.LETTERS, interviewId.toString()));
    }

    private static InterviewScored scored(String candidate, Language language, double total, Band band) {
        InterviewContext context = new InterviewContext(new Candidate(candidate, "candidate@example.com"),
                new Position("Python Backend Developer", "senior", "London"), language,
                List.of(new PlannedStage("tech", 0.4), new PlannedStage("hr", 0.3), new PlannedStage("boss", 0.3)));
        List<StageResult> results = List.of(
                stage("tech", total, new DimensionRating("system-design", 1, 0.5, List.of(EVIDENCE),
                        "Could not explain how the cache is invalidated. Suggested a restart.", true, "rubric"),
                        new DimensionRating("problem-solving", 2, 0.5, List.of(EVIDENCE),
                                "Guessed before measuring.", true, "rubric")),
                stage("hr", total, new DimensionRating("collaboration", 4, 1, List.of("we paired daily"), "Good.",
                        true, "rubric")),
                stage("boss", total, new DimensionRating("leadership", 4, 1, List.of("I mentored a junior"),
                        "Good.", true, "rubric")));
        List<ImprovementArea> areas = List.of(new ImprovementArea("tech", "system-design", 1),
                new ImprovementArea("tech", "problem-solving", 2));
        List<StageScore> stageScores = List.of(new StageScore("tech", 0.4, total), new StageScore("hr", 0.3, total),
                new StageScore("boss", 0.3, total));
        return new InterviewScored(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), context, stageScores, total,
                band, "recommendation", band == Band.BORDERLINE, results, areas);
    }

    private static StageResult stage(String stage, double score, DimensionRating... ratings) {
        return new StageResult(stage, stage + "-1", score, List.of(ratings), List.of(), false, List.of(),
                Instant.parse("2025-03-03T10:00:00Z"), Instant.parse("2025-03-03T10:20:00Z"));
    }
}
