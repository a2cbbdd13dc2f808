package io.interviews.interviewer.tech;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewErased;
import io.interviews.events.InterviewEvent;
import io.interviews.events.Language;
import io.interviews.events.RescoreRequested;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageRegraded;
import io.interviews.events.StageResult;
import io.interviews.events.Topics;
import io.interviews.kit.OutboxMessage;
import io.interviews.stage.repository.ModelCallRecord;
import io.interviews.stage.repository.QuestionGradeRecord;
import io.interviews.stage.repository.StageSession;
import io.interviews.stage.rubric.Ask;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.StageBankLoader;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.StageDriver;
import io.interviews.testsupport.StageDriver.QuestionPlan;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A recruiter's re-score request over the real broker: the completed stage grades its stored transcript again. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(OpenAiStub.class)
class TechStageRescoreTest {

    static final String CONSUMER_GROUP = "interviewer-tech";

    private static final RubricInterviewer BANK = new RubricInterviewer(StageBankLoader.fromClasspath("tech"));

    @OpenAiStub.Server
    WireMockServer openAi;

    private final StageDriver driver = new StageDriver();
    private final TopicProbe topics = TopicProbe.shared();

    /** What a regrade must leave as it was: the live session, its grades and its model calls. */
    record SessionSnapshot(Instant completedAt, long version, int exchanges,
                           Map<String, String> gradeJudgements, int modelCalls) {

        static SessionSnapshot of(UUID interviewId) {
            return QuarkusTransaction.requiringNew().call(() -> {
                StageSession session = StageSession.find(interviewId, "tech").orElseThrow();
                Map<String, String> grades = new TreeMap<>();
                QuestionGradeRecord.ofSession(session.id).forEach(grade -> grades.put(grade.questionId, grade.judgements));
                return new SessionSnapshot(session.completedAt, session.version, session.exchanges.size(),
                        grades, ModelCallRecord.ofSession(session.id).size());
            });
        }
    }

    @Test
    void aCompletedStageIsGradedAgainFromItsTranscriptOnceAndTheLiveSessionStaysAsItWasUntilErased() {
        UUID interviewId = UUID.randomUUID();
        StageResult live = completeTechStage(interviewId);
        SessionSnapshot before = SessionSnapshot.of(interviewId);

        RescoreRequested request = RescoreRequested.of(interviewId, UUID.randomUUID());
        driver.publish(Topics.RESCORES, request);
        StageRegraded regraded = awaitRegraded(interviewId, request.rescoreId());

        assertEquals(regradedEventId(request, "tech"), regraded.eventId());
        assertEquals(interviewId, regraded.interviewId());
        assertEquals("tech", regraded.stage());
        assertEquals(BANK.rubricVersion(), regraded.rubricVersion());
        assertEquals("rubric", regraded.brain());
        // the same rubric grades the same transcript the same way: it was the stored transcript that was graded
        assertEquals(live.score(), regraded.score());
        assertEquals(live.dimensions(), regraded.dimensions());
        assertEquals(live.reviewReasons(), regraded.reviewReasons());

        // the same request again, on the same partition behind the first: handled, and nothing more is published
        topics.awaitConsumed(CONSUMER_GROUP, topics.send(Topics.RESCORES, interviewId.toString(),
                EventCodec.encode(request)), StageDriver.TIMEOUT);
        assertEquals(List.of(regraded.eventId()), regradedInOutbox(interviewId));
        assertEquals(List.of(regraded), regradedOn(interviewId));
        assertTrue(deadLettered(request).isEmpty(), "a repeated request is no failure");
        assertEquals(before, SessionSnapshot.of(interviewId));
        assertEquals(0, openAi.getAllServeEvents().size(), "the rubric brain regrades without a model");

        // the regrade's ratings quote the candidate: erasing the interview removes them with the session
        topics.awaitConsumed(CONSUMER_GROUP, topics.send(Topics.ERASURES, interviewId.toString(),
                EventCodec.encode(InterviewErased.of(interviewId, InterviewErased.Reason.REQUEST))), StageDriver.TIMEOUT);
        assertEquals(List.of(), regradedInOutbox(interviewId));
        RescoreRequested afterErasure = RescoreRequested.of(interviewId, UUID.randomUUID());
        topics.awaitConsumed(CONSUMER_GROUP, topics.send(Topics.RESCORES, interviewId.toString(),
                EventCodec.encode(afterErasure)), StageDriver.TIMEOUT);
        assertEquals(List.of(), regradedInOutbox(interviewId), "an erased interview is not regraded");
        assertTrue(deadLettered(afterErasure).isEmpty());
    }

    @Test
    void anInterviewTheStageNeverSawOrHasNotFinishedGetsNoAnswerAndItsRequestIsNotDeadLettered() {
        RescoreRequested neverSeen = RescoreRequested.of(UUID.randomUUID(), UUID.randomUUID());
        UUID runningId = UUID.randomUUID();
        driver.publish(Topics.STAGE_COMPLETED,
                StageCompleted.intake(runningId, StageDriver.context(Language.EN, "tech", "hr")));
        driver.awaitQuestion(runningId, "tech-1");
        RescoreRequested running = RescoreRequested.of(runningId, neverSeen.rescoreId());

        for (RescoreRequested request : List.of(neverSeen, running)) {
            topics.awaitConsumed(CONSUMER_GROUP, topics.send(Topics.RESCORES, request.interviewId().toString(),
                    EventCodec.encode(request)), StageDriver.TIMEOUT);
            assertEquals(List.of(), regradedInOutbox(request.interviewId()));
            assertEquals(List.of(), regradedOn(request.interviewId()));
            assertTrue(deadLettered(request).isEmpty());
        }
        assertTrue(QuarkusTransaction.requiringNew().call(() -> StageSession.find(runningId, "tech").orElseThrow().isOpen()));
    }

    /** Runs the tech stage to its end with {@link TechStageInterviewTest#ANSWERS}; the live result. */
    static StageResult completeTechStage(UUID interviewId) {
        StageCompleted intake = StageCompleted.intake(interviewId, StageDriver.context(Language.EN, "tech", "hr"));
        return new StageDriver().interview(intake, "tech", TechStageInterviewTest.ANSWERS,
                new QuestionPlan<>(BANK::opening, BANK::next, Ask::questionId)).results().get(0);
    }

    /** The event id the shared contract gives a stage's answer to a request: the same for every delivery. */
    static UUID regradedEventId(RescoreRequested request, String stage) {
        return UUID.nameUUIDFromBytes((StageRegraded.TYPE + "|" + request.rescoreId() + "|" + request.interviewId() + "|"
                + stage).getBytes(StandardCharsets.UTF_8));
    }

    static StageRegraded awaitRegraded(UUID interviewId, UUID rescoreId) {
        ConsumerRecord<String, String> record = TopicProbe.shared().awaitRecord(Topics.RESCORES,
                r -> r.key().equals(interviewId.toString()) && EventCodec.decode(r.value(), InterviewEvent.class)
                        instanceof StageRegraded regraded && regraded.rescoreId().equals(rescoreId), StageDriver.TIMEOUT);
        return EventCodec.decode(record.value(), StageRegraded.class);
    }

    static List<StageRegraded> regradedOn(UUID interviewId) {
        return TopicProbe.shared().readAll(Topics.RESCORES, StageDriver.TIMEOUT).stream()
                .filter(r -> r.key().equals(interviewId.toString()))
                .map(r -> EventCodec.decode(r.value(), InterviewEvent.class))
                .filter(StageRegraded.class::isInstance).map(StageRegraded.class::cast)
                .toList();
    }

    /** Every StageRegraded the stage ever queued for the interview (published rows stay in the outbox for days). */
    static List<UUID> regradedInOutbox(UUID interviewId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list(
                "recordKey = ?1 and eventType = ?2", interviewId.toString(), StageRegraded.TYPE)
                .stream().map(message -> message.eventId).toList());
    }

    static List<ConsumerRecord<String, String>> deadLettered(InterviewEvent event) {
        String value = EventCodec.encode(event);
        return TopicProbe.shared().readAll(Topics.DEAD_LETTERS, StageDriver.TIMEOUT).stream()
                .filter(r -> value.equals(r.value()))
                .toList();
    }
}
