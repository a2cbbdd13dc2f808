package io.interviews.scoring.messaging;

import io.interviews.events.Band;
import io.interviews.events.CloudEventHeaders;
import io.interviews.events.DimensionRating;
import io.interviews.events.DimensionRescored;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewErased;
import io.interviews.events.InterviewEvent;
import io.interviews.events.InterviewRescored;
import io.interviews.events.InterviewScored;
import io.interviews.events.RescoreRequested;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageRegraded;
import io.interviews.events.StageRescored;
import io.interviews.events.StageResult;
import io.interviews.events.Topics;
import io.interviews.kit.OutboxMessage;
import io.interviews.scoring.repository.StageRegrade;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.interviews.scoring.messaging.ScoredInterviews.finalStageCompleted;
import static io.interviews.testsupport.TopicProbe.keyed;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A recruiter's re-score: the stages' StageRegraded answers on interview.rescores become one InterviewRescored. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class RescoreFlowTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String CONSUMER_GROUP = "scoring-service";

    private static final TopicProbe topics = TopicProbe.shared();

    @Test
    void everyScoredStageAnsweredPublishesTheRescoreBesideTheUnchangedScorecard() {
        InterviewScored live = scored(finalStageCompleted(UUID.randomUUID(), 82, 75, 68));
        UUID interviewId = live.interviewId();
        String scorecardBefore = scorecardJson(interviewId);
        UUID rescoreId = UUID.randomUUID();
        DimensionRating problemSolving = rating("problem_solving", 5, "openai");
        DimensionRating communication = rating("communication", 3, "openai");

        publish(regraded(interviewId, rescoreId, "tech", 90, "openai", List.of(problemSolving, communication)));
        RecordMetadata hr = publish(regraded(interviewId, rescoreId, "hr", 85, "openai", List.of(communication)));
        topics.awaitConsumed(CONSUMER_GROUP, hr, TIMEOUT);
        assertEquals(0, queuedRescores(interviewId), "boss has not answered yet");
        assertEquals(List.of(), rescoredOnTopic(interviewId));
        assertEquals(2, regradeRows(interviewId));

        publish(regraded(interviewId, rescoreId, "boss", 88, "rubric", List.of(rating("problem_solving", 4, "rubric"))));
        ConsumerRecord<String, String> record = awaitRescored(interviewId);

        InterviewRescored rescored = EventCodec.decode(record.value(), InterviewRescored.class);
        assertEquals(interviewId.toString(), record.key());
        assertEquals(InterviewRescored.TYPE, TopicProbe.headers(record).get(CloudEventHeaders.TYPE));
        assertEquals(UUID.nameUUIDFromBytes((InterviewRescored.TYPE + "|" + rescoreId + "|" + interviewId)
                .getBytes(StandardCharsets.UTF_8)), rescored.eventId());
        assertEquals(rescoreId, rescored.rescoreId());
        assertEquals(live.eventId(), rescored.scoredEventId());
        assertEquals(live.total(), rescored.liveTotal());
        assertEquals(live.band(), rescored.liveBand());
        assertEquals(0.4 * 90 + 0.3 * 85 + 0.3 * 88, rescored.rescoredTotal(), 0.05);
        assertEquals(Band.HIRE, rescored.rescoredBand(), "the configured bands put 80–89.9 in HIRE");
        assertEquals("openai,rubric", rescored.brain());

        assertEquals(List.of("tech", "hr", "boss"), rescored.stages().stream().map(StageRescored::stage).toList());
        StageRescored tech = rescored.stages().get(0);
        StageResult liveTech = live.results().get(0);
        assertEquals(0.4, tech.weight());
        assertEquals("tech-en-1", tech.liveRubricVersion());
        assertEquals(82, tech.liveScore());
        assertEquals("tech-en-2", tech.rescoredRubricVersion());
        assertEquals(90, tech.rescoredScore());
        assertEquals(List.of("Rated by the rubric brain on tech-2"), tech.rescoredReviewReasons());
        assertEquals(List.of(new DimensionRescored("problem_solving", liveTech.dimensions().get(0), problemSolving),
                new DimensionRescored("communication", null, communication)), tech.dimensions());
        StageRescored hrRescored = rescored.stages().get(1);
        assertEquals(List.of(new DimensionRescored("communication", null, communication),
                        new DimensionRescored("problem_solving", live.results().get(1).dimensions().get(0), null)),
                hrRescored.dimensions(), "a dimension the new grading dropped comes last, without a new rating");

        assertEquals(0, regradeRows(interviewId), "the answers are folded into the event");
        assertEquals(scorecardBefore, scorecardJson(interviewId), "the live scorecard is untouched");
    }

    @Test
    void repeatedAnswersPublishNothingNew() {
        UUID interviewId = scored(finalStageCompleted(UUID.randomUUID(), 70, 70, 70)).interviewId();
        UUID rescoreId = UUID.randomUUID();
        List<StageRegraded> answers = List.of(
                regraded(interviewId, rescoreId, "tech", 80, "rubric", List.of(rating("problem_solving", 4, "rubric"))),
                regraded(interviewId, rescoreId, "hr", 60, "rubric", List.of(rating("problem_solving", 2, "rubric"))),
                regraded(interviewId, rescoreId, "boss", 50, "rubric", List.of(rating("problem_solving", 2, "rubric"))));

        publish(answers.get(0));
        // tech answering again under another event id: its first answer stands
        publish(new StageRegraded(UUID.randomUUID(), interviewId, Instant.now(), rescoreId, "tech", "tech-en-3",
                "openai", 10, answers.get(0).dimensions(), List.of()));
        answers.subList(1, 3).forEach(RescoreFlowTest::publish);
        InterviewRescored rescored = EventCodec.decode(awaitRescored(interviewId).value(), InterviewRescored.class);
        assertEquals(80, rescored.stages().get(0).rescoredScore());
        assertEquals("tech-en-2", rescored.stages().get(0).rescoredRubricVersion());
        assertEquals("rubric", rescored.brain());
        assertEquals(0.4 * 80 + 0.3 * 60 + 0.3 * 50, rescored.rescoredTotal(), 0.05);
        assertEquals(Band.BORDERLINE, rescored.rescoredBand());

        RecordMetadata last = null;
        for (StageRegraded answer : answers) {
            last = publish(answer);
        }
        topics.awaitConsumed(CONSUMER_GROUP, last, TIMEOUT);
        assertEquals(1, queuedRescores(interviewId));
        assertEquals(List.of(rescored.eventId()), rescoredOnTopic(interviewId).stream()
                .map(r -> EventCodec.decode(r.value(), InterviewRescored.class).eventId()).toList());
        assertEquals(0, regradeRows(interviewId));
    }

    @Test
    void anAnswerForAnInterviewWithoutScorecardIsDroppedAndTheRequestItselfIgnored() {
        UUID interviewId = UUID.randomUUID();
        UUID rescoreId = UUID.randomUUID();
        RecordMetadata request = send(Topics.RESCORES, new RescoreRequested(UUID.randomUUID(), interviewId, Instant.now(), rescoreId));
        RecordMetadata answer = publish(regraded(interviewId, rescoreId, "tech", 80, "rubric",
                List.of(rating("problem_solving", 4, "rubric"))));

        topics.awaitConsumed(CONSUMER_GROUP, request, TIMEOUT);
        topics.awaitConsumed(CONSUMER_GROUP, answer, TIMEOUT);
        assertEquals(List.of(), topics.readAll(Topics.DEAD_LETTERS, TIMEOUT).stream()
                .filter(keyed(interviewId)).toList());
        assertEquals(0, regradeRows(interviewId));
        assertEquals(0, queuedRescores(interviewId));
    }

    @Test
    void anAnswerScoredOutsideTheScaleGoesToTheDeadLetters() {
        UUID interviewId = scored(finalStageCompleted(UUID.randomUUID(), 80, 80, 80)).interviewId();
        publish(regraded(interviewId, UUID.randomUUID(), "hr", 120, "openai",
                List.of(rating("problem_solving", 5, "openai"))));

        ConsumerRecord<String, String> dead = topics.awaitRecord(Topics.DEAD_LETTERS,
                keyed(interviewId), TIMEOUT);
        String reason = TopicProbe.headers(dead).get("dead-letter-reason");
        assertTrue(reason != null && reason.contains("stage hr has a score outside 0–100: 120"), "reason: " + reason);
        assertEquals(0, regradeRows(interviewId));
    }

    @Test
    void erasingTheInterviewDeletesTheAnswersKept() {
        UUID interviewId = scored(finalStageCompleted(UUID.randomUUID(), 80, 80, 80)).interviewId();
        RecordMetadata tech = publish(regraded(interviewId, UUID.randomUUID(), "tech", 85, "openai",
                List.of(rating("problem_solving", 4, "openai"))));
        topics.awaitConsumed(CONSUMER_GROUP, tech, TIMEOUT);
        assertEquals(1, regradeRows(interviewId));

        RecordMetadata erasure = send(Topics.ERASURES, InterviewErased.of(interviewId, InterviewErased.Reason.REQUEST));
        topics.awaitConsumed(CONSUMER_GROUP, erasure, TIMEOUT);
        assertEquals(0, regradeRows(interviewId), "their evidence quotes and rationales are personal data");
    }

    /** Scores the interview as the stages do, and returns its InterviewScored. */
    private static InterviewScored scored(StageCompleted finalStage) {
        send(Topics.STAGE_COMPLETED, finalStage);
        String key = finalStage.interviewId().toString();
        return EventCodec.decode(topics.awaitRecord(Topics.SCORED, keyed(key), TIMEOUT).value(),
                InterviewScored.class);
    }

    /** A stage's answer graded with rubric version {@code <stage>-en-2}, its event id derived as the stages do. */
    private static StageRegraded regraded(UUID interviewId, UUID rescoreId, String stage, double score, String brain,
                                          List<DimensionRating> ratings) {
        UUID eventId = UUID.nameUUIDFromBytes((StageRegraded.TYPE + "|" + rescoreId + "|" + interviewId + "|" + stage)
                .getBytes(StandardCharsets.UTF_8));
        List<String> reviewReasons = stage.equals("tech") ? List.of("Rated by the rubric brain on tech-2") : List.of();
        return new StageRegraded(eventId, interviewId, Instant.now(), rescoreId, stage, stage + "-en-2", brain, score,
                ratings, reviewReasons);
    }

    private static DimensionRating rating(String dimension, int rating, String brain) {
        return new DimensionRating(dimension, rating, 1.0, List.of("I profiled the service first"),
                "Rated " + rating + " on the new rubric", true, brain);
    }

    private static RecordMetadata publish(StageRegraded answer) {
        return send(Topics.RESCORES, answer);
    }

    private static RecordMetadata send(String topic, InterviewEvent event) {
        return topics.send(topic, event.interviewId().toString(), EventCodec.encode(event));
    }

    private static String scorecardJson(UUID interviewId) {
        return given().get("/api/scorecards/{id}", interviewId).then().statusCode(200).extract().asString();
    }

    private static ConsumerRecord<String, String> awaitRescored(UUID interviewId) {
        return topics.awaitRecord(Topics.RESCORED, keyed(interviewId), TIMEOUT);
    }

    private static List<ConsumerRecord<String, String>> rescoredOnTopic(UUID interviewId) {
        return topics.readAll(Topics.RESCORED, TIMEOUT).stream()
                .filter(keyed(interviewId))
                .toList();
    }

    private static long queuedRescores(UUID interviewId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("topic = ?1 and recordKey = ?2",
                Topics.RESCORED, interviewId.toString()));
    }

    private static long regradeRows(UUID interviewId) {
        return QuarkusTransaction.requiringNew().call(() -> StageRegrade.count("interviewId", interviewId));
    }
}
