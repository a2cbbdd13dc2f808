package io.interviews.interviewer.tech;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.EventCodec;
import io.interviews.events.Exchange;
import io.interviews.events.InterviewErased;
import io.interviews.events.Language;
import io.interviews.events.QuestionAsked;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import io.interviews.kit.OutboxMessage;
import io.interviews.stage.repository.StageSession;
import io.interviews.stage.rubric.Ask;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.StageBankLoader;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.StageDriver;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class TechStageDeliveryTest {

    private static final String PROJECT_ANSWER = "I led the rewrite of our billing service, about 2,000 requests per "
            + "second at peak. I designed the new ledger and we chose PostgreSQL instead of a document store.";
    private static final String DEBUGGING_ANSWER = "I started from the logs and the latency metrics, formed a "
            + "hypothesis about lock contention and could reproduce it under load.";

    private static final RubricInterviewer EXPECTED = new RubricInterviewer(StageBankLoader.fromClasspath("tech"));

    private static final String CONSUMER_GROUP = "interviewer-tech";

    private final StageDriver driver = new StageDriver();

    @Test
    void redeliveredAnswerChangesNothing() {
        UUID interviewId = startTechStage();
        QuestionAsked first = driver.awaitQuestion(interviewId, "tech-1");

        AnswerSubmitted answer = AnswerSubmitted.of(interviewId, "tech", first.questionId(), PROJECT_ANSWER);
        driver.publish(Topics.ANSWERS, answer);
        driver.publish(Topics.ANSWERS, answer);
        // what follows each answer (a follow-up or the next main question), as the stage's own brain decides it
        Ask secondAsk = EXPECTED.next(Language.EN, EXPECTED.opening(Language.EN), PROJECT_ANSWER).orElseThrow();
        QuestionAsked second = driver.awaitQuestion(interviewId, secondAsk.questionId());
        // the next answer travels behind the copy on the same partition: once it is handled, so was the copy
        driver.answer(second, DEBUGGING_ANSWER);
        String third = EXPECTED.next(Language.EN, secondAsk, DEBUGGING_ANSWER).orElseThrow().questionId();
        driver.awaitQuestion(interviewId, third);

        assertEquals(List.of("tech-1", secondAsk.questionId(), third),
                driver.questions(interviewId).stream().map(QuestionAsked::questionId).toList());
        List<Exchange> transcript = transcript(interviewId);
        assertEquals(List.of("tech-1", secondAsk.questionId()), transcript.stream().map(Exchange::questionId).toList());
        assertEquals(PROJECT_ANSWER, transcript.get(0).answer());
    }

    @Test
    void unreadableAnswersGoToDeadLettersWithAReasonAndTheNextAnswerIsProcessed() {
        UUID interviewId = startTechStage();
        QuestionAsked first = driver.awaitQuestion(interviewId, "tech-1");

        String garbage = "this is not an answer " + UUID.randomUUID();
        String wrongType = EventCodec.encode(StageCompleted.intake(interviewId, StageDriver.context(Language.EN, "tech")));
        driver.publishRaw(Topics.ANSWERS, interviewId, garbage);
        driver.publishRaw(Topics.ANSWERS, interviewId, wrongType);
        driver.answer(first, PROJECT_ANSWER);

        driver.awaitQuestion(interviewId, EXPECTED.next(Language.EN, EXPECTED.opening(Language.EN), PROJECT_ANSWER)
                .orElseThrow().questionId());
        ConsumerRecord<String, String> unparseable = driver.awaitDeadLetter(garbage);
        ConsumerRecord<String, String> misrouted = driver.awaitDeadLetter(wrongType);
        assertEquals(interviewId.toString(), unparseable.key());
        assertTrue(TopicProbe.headers(unparseable).get("dead-letter-reason").contains("unparseable AnswerSubmitted"),
                TopicProbe.headers(unparseable).toString());
        assertTrue(TopicProbe.headers(misrouted).get("dead-letter-reason").contains("expected AnswerSubmitted"),
                TopicProbe.headers(misrouted).toString());
        assertEquals(List.of("tech-1"), transcript(interviewId).stream().map(Exchange::questionId).toList());
    }

    @Test
    void anInterviewErasedMidStageLosesItsSessionAndItsLaterAnswersAreIgnored() {
        UUID interviewId = startTechStage();
        QuestionAsked first = driver.awaitQuestion(interviewId, "tech-1");
        driver.answer(first, PROJECT_ANSWER);
        driver.awaitNextQuestion(first);

        InterviewErased erasure = InterviewErased.of(interviewId, InterviewErased.Reason.REQUEST);
        TopicProbe topics = TopicProbe.shared();
        topics.awaitConsumed(CONSUMER_GROUP, topics.send(Topics.ERASURES, interviewId.toString(),
                EventCodec.encode(erasure)), StageDriver.TIMEOUT);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> StageSession.find(interviewId, "tech")).isEmpty());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("recordKey",
                interviewId.toString())));

        // the interview's start again, as a late redelivery: it must not open a new session
        StageCompleted intake = StageCompleted.intake(interviewId, StageDriver.context(Language.EN, "tech", "hr", "boss"));
        topics.awaitConsumed(CONSUMER_GROUP, topics.send(Topics.STAGE_COMPLETED, interviewId.toString(),
                EventCodec.encode(intake)), StageDriver.TIMEOUT);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> StageSession.find(interviewId, "tech")).isEmpty());
        assertEquals(2, driver.questions(interviewId).size(), "no question after the erasure");
    }

    private UUID startTechStage() {
        UUID interviewId = UUID.randomUUID();
        driver.publish(Topics.STAGE_COMPLETED,
                StageCompleted.intake(interviewId, StageDriver.context(Language.EN, "tech", "hr", "boss")));
        return interviewId;
    }

    private static List<Exchange> transcript(UUID interviewId) {
        return QuarkusTransaction.requiringNew().call(
                () -> StageSession.find(interviewId, "tech").orElseThrow().transcript());
    }
}
