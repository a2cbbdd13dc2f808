package io.interviews.scoring.messaging;

import io.interviews.events.Band;
import io.interviews.events.CloudEventHeaders;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewErased;
import io.interviews.events.InterviewScored;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import io.interviews.kit.OutboxMessage;
import io.interviews.scoring.repository.InterviewProgress;
import io.interviews.scoring.repository.Scorecard;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.interviews.scoring.messaging.ScoredInterviews.context;
import static io.interviews.scoring.messaging.ScoredInterviews.finalStageCompleted;
import static io.interviews.scoring.messaging.ScoredInterviews.result;
import static io.interviews.testsupport.TopicProbe.keyed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class StageCompletedFlowTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String CONSUMER_GROUP = "scoring-service";

    private static final TopicProbe topics = TopicProbe.shared();

    @Test
    void finalStageCompletedIsScoredAsThePlanWeightedMean() {
        StageCompleted boss = finalStageCompleted(UUID.randomUUID(), 82, 75, 68);
        publish(boss);

        ConsumerRecord<String, String> record = awaitScored(boss.interviewId());
        InterviewScored scored = EventCodec.decode(record.value(), InterviewScored.class);
        double weightedMean = 0.4 * 82 + 0.3 * 75 + 0.3 * 68;
        assertEquals(weightedMean, scored.total(), 0.05);
        assertEquals(Band.CONSIDER, scored.band());
        assertEquals(InterviewScored.TYPE, TopicProbe.headers(record).get(CloudEventHeaders.TYPE));
        assertEquals(boss.interviewId().toString(), record.key());
        assertEquals(3, scored.results().size());

        given().get("/api/scorecards/{id}", boss.interviewId())
                .then().statusCode(200)
                .body("candidate.name", equalTo("Mei Lin"))
                .body("position.title", equalTo("Backend Engineer"))
                .body("total", equalTo(75.7f))
                .body("band", equalTo("CONSIDER"))
                .body("recommendation", equalTo("Consider"))
                .body("needsReview", equalTo(false))
                .body("stages", hasSize(3))
                .body("stages[0].stage", equalTo("tech"))
                .body("stages[0].weight", equalTo(0.4f))
                .body("stages[0].score", equalTo(82.0f))
                .body("stages[0].dimensions[0].dimension", equalTo("problem_solving"))
                .body("stages[0].dimensions[0].evidence[0]", equalTo("I profiled the service first"))
                .body("stages[0].dimensions[0].trusted", equalTo(true))
                .body("stages[0].dimensions[0].brain", equalTo("openai"))
                .body("stages[0].reviewReasons", hasSize(0))
                .body("stages[0].rubricVersion", equalTo("tech-en-1"));
    }

    @Test
    void theSameEventDeliveredTwiceIsScoredOnce() {
        StageCompleted boss = finalStageCompleted(UUID.randomUUID(), 90, 90, 90);
        publish(boss);
        RecordMetadata duplicate = publish(boss);

        topics.awaitConsumed(CONSUMER_GROUP, duplicate, TIMEOUT);
        awaitScored(boss.interviewId());
        assertEquals(1, scoredOnTopic(boss.interviewId()).size());
        assertEquals(1, queuedScoredEvents(boss.interviewId()));
    }

    @Test
    void aStageBeforeTheLastOnlyRecordsProgress() {
        UUID interviewId = UUID.randomUUID();
        StageCompleted tech = StageCompleted.intake(interviewId, context()).next(result("tech", 80));
        RecordMetadata sent = publish(tech);

        topics.awaitConsumed(CONSUMER_GROUP, sent, TIMEOUT);
        given().get("/api/scorecards/{id}", interviewId)
                .then().statusCode(404)
                .body("detail", containsString("1 of 3 planned stages completed (last: tech)"));
        assertEquals(0, queuedScoredEvents(interviewId));
        assertEquals(List.of(), scoredOnTopic(interviewId));
    }

    @Test
    void garbageGoesToTheDeadLettersAndTheNextEventIsStillScored() {
        String garbageKey = UUID.randomUUID().toString();
        topics.send(Topics.STAGE_COMPLETED, garbageKey, "{\"this is\": not an event");
        StageCompleted next = finalStageCompleted(UUID.randomUUID(), 60, 60, 60);
        publish(next);

        ConsumerRecord<String, String> dead = topics.awaitRecord(Topics.DEAD_LETTERS,
                keyed(garbageKey), TIMEOUT);
        String reason = TopicProbe.headers(dead).get("dead-letter-reason");
        assertTrue(reason != null && reason.contains("unparseable StageCompleted"), "reason: " + reason);
        InterviewScored scored = EventCodec.decode(awaitScored(next.interviewId()).value(), InterviewScored.class);
        assertEquals(Band.BORDERLINE, scored.band());
        assertTrue(scored.needsReview());
    }

    @Test
    void anErasedInterviewLosesItsScorecardAndIsNotScoredAgain() {
        StageCompleted boss = finalStageCompleted(UUID.randomUUID(), 80, 80, 80);
        publish(boss);
        awaitScored(boss.interviewId());
        given().get("/api/scorecards/{id}", boss.interviewId()).then().statusCode(200);

        InterviewErased erasure = InterviewErased.of(boss.interviewId(), InterviewErased.Reason.REQUEST);
        topics.awaitConsumed(CONSUMER_GROUP, topics.send(Topics.ERASURES, boss.interviewId().toString(),
                EventCodec.encode(erasure)), TIMEOUT);
        given().get("/api/scorecards/{id}", boss.interviewId()).then().statusCode(404);
        assertEquals(0, rowsOf(boss.interviewId()), "scorecard and progress rows");
        assertEquals(0, queuedScoredEvents(boss.interviewId()));

        // the final stage again, as if the stage sent it late: the inbox refuses every event of an erased interview
        StageCompleted late = new StageCompleted(UUID.randomUUID(), boss.interviewId(), Instant.now(), boss.context(),
                boss.stage(), boss.results());
        topics.awaitConsumed(CONSUMER_GROUP, publish(late), TIMEOUT);
        assertEquals(0, rowsOf(boss.interviewId()));
        assertEquals(0, queuedScoredEvents(boss.interviewId()));
    }

    private static long rowsOf(UUID interviewId) {
        return QuarkusTransaction.requiringNew().call(() -> Scorecard.count("interviewId", interviewId)
                + InterviewProgress.count("interviewId", interviewId));
    }

    private static RecordMetadata publish(StageCompleted event) {
        return topics.send(Topics.STAGE_COMPLETED, event.interviewId().toString(), EventCodec.encode(event));
    }

    private static ConsumerRecord<String, String> awaitScored(UUID interviewId) {
        return topics.awaitRecord(Topics.SCORED, keyed(interviewId), TIMEOUT);
    }

    private static List<ConsumerRecord<String, String>> scoredOnTopic(UUID interviewId) {
        return topics.readAll(Topics.SCORED, TIMEOUT).stream()
                .filter(keyed(interviewId))
                .toList();
    }

    private static long queuedScoredEvents(UUID interviewId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("topic = ?1 and recordKey = ?2",
                Topics.SCORED, interviewId.toString()));
    }
}
