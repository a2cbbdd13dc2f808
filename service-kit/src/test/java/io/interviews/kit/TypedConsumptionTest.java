package io.interviews.kit;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.EventCodec;
import io.interviews.events.QuestionAsked;
import io.interviews.events.Topics;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.interviews.testsupport.TopicProbe.keyed;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Service-kit's connector defaults, typed deserializer, {@link HandledOnce} and retries of transient failures,
 * through a real broker (retries: 3, quickly, in the test profile).
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class TypedConsumptionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final TopicProbe PROBE = TopicProbe.forRealInfrastructure();
    /** Dead-letter reasons: a record the typed deserializer cannot decode, and an answer the consumer refuses. */
    private static final String UNDECODABLE_REASON = "RecordDeserializationException";
    private static final String REFUSED_REASON = "IllegalStateException";

    @Inject
    RecordingAnswerConsumer consumer;

    @Inject
    MeterRegistry meters;

    @Inject
    Inbox inbox;

    @Inject
    KafkaClientService kafkaClients;

    @AfterAll
    static void closeProbe() {
        PROBE.close();
    }

    @Test
    void undecodableAndMisroutedRecordsGoToTheDeadLettersAndTheNextAnswerIsHandled() {
        UUID interviewId = UUID.randomUUID();
        String garbage = "not an event " + UUID.randomUUID();
        String misrouted = EventCodec.encode(QuestionAsked.of(interviewId, "tech", "tech-1", "Hello?", false, 1, 3));
        AnswerSubmitted next = AnswerSubmitted.of(interviewId, "tech", "tech-1", "handled after the poison");

        send(interviewId, garbage);
        send(interviewId, misrouted);
        send(interviewId, EventCodec.encode(next));

        awaitHandled(next);
        Map<String, String> garbageHeaders = deadLetterHeaders(garbage, interviewId);
        assertEquals(Topics.ANSWERS, garbageHeaders.get("dead-letter-topic"));
        assertTrue(garbageHeaders.get("dead-letter-reason").startsWith("unparseable AnswerSubmitted"),
                garbageHeaders.toString());
        assertEquals("expected AnswerSubmitted but got " + QuestionAsked.TYPE,
                deadLetterHeaders(misrouted, interviewId).get("dead-letter-reason"));
    }

    @Test
    void anAnswerTheConsumerRefusesGoesToTheDeadLettersAsTheEvent() {
        AnswerSubmitted refused = AnswerSubmitted.of(UUID.randomUUID(), "tech", "tech-1", RecordingAnswerConsumer.REFUSED);

        send(refused.interviewId(), EventCodec.encode(refused));

        ConsumerRecord<String, String> dead = PROBE.awaitRecord(Topics.DEAD_LETTERS,
                keyed(refused.interviewId()), TIMEOUT);
        assertEquals(refused, EventCodec.decode(dead.value(), AnswerSubmitted.class));
        assertEquals("answer " + refused.eventId() + " refused", TopicProbe.headers(dead).get("dead-letter-reason"));
        assertFalse(consumer.handled().contains(refused));
        assertEquals(1, consumer.attempts(refused), "a permanent failure is not retried");
        assertTrue(QuarkusTransaction.requiringNew()
                        .call(() -> inbox.firstDelivery(refused, RecordingAnswerConsumer.INBOX)),
                "the refused handling's inbox entry was rolled back with it");
    }

    @Test
    void aTransientDatabaseFailureIsRetriedAndTheAnswerHandledOnceWithoutADeadLetter() {
        AnswerSubmitted slow = AnswerSubmitted.of(UUID.randomUUID(), "tech", "tech-1",
                RecordingAnswerConsumer.SLOW_DATABASE + 2);
        AnswerSubmitted refusedAfter = AnswerSubmitted.of(slow.interviewId(), "tech", "tech-2",
                RecordingAnswerConsumer.REFUSED);

        send(slow.interviewId(), EventCodec.encode(slow));
        send(slow.interviewId(), EventCodec.encode(refusedAfter));

        awaitHandled(slow);
        assertEquals(3, consumer.attempts(slow), "two timeouts, then handled");
        assertEquals(1, consumer.handled().stream().filter(slow::equals).count());
        // same partition, in order: the first dead letter of this interview is the answer refused after it
        ConsumerRecord<String, String> firstDead = PROBE.awaitRecord(Topics.DEAD_LETTERS,
                keyed(slow.interviewId()), TIMEOUT);
        assertEquals(refusedAfter, EventCodec.decode(firstDead.value(), AnswerSubmitted.class));
    }

    @Test
    void aFailureThatStaysTransientGoesToTheDeadLettersOnceTheRetriesAreSpent() {
        AnswerSubmitted hopeless = AnswerSubmitted.of(UUID.randomUUID(), "tech", "tech-1",
                RecordingAnswerConsumer.SLOW_DATABASE + 100);

        send(hopeless.interviewId(), EventCodec.encode(hopeless));

        ConsumerRecord<String, String> dead = PROBE.awaitRecord(Topics.DEAD_LETTERS,
                keyed(hopeless.interviewId()), TIMEOUT);
        assertEquals(hopeless, EventCodec.decode(dead.value(), AnswerSubmitted.class));
        assertTrue(TopicProbe.headers(dead).get("dead-letter-reason").contains("statement timeout"),
                TopicProbe.headers(dead).toString());
        assertEquals(4, consumer.attempts(hopeless), "the first attempt and 3 retries");
        assertFalse(consumer.handled().contains(hopeless));
    }

    @Test
    void everyDeadLetterIsCountedWithTheTopicItCameFromAndTheFailureThatSentItThere() {
        double undecodableBefore = deadLetterCount(UNDECODABLE_REASON);
        double refusedBefore = deadLetterCount(REFUSED_REASON);
        AnswerSubmitted refused = AnswerSubmitted.of(UUID.randomUUID(), "tech", "tech-1", RecordingAnswerConsumer.REFUSED);

        send(refused.interviewId(), "not an event " + UUID.randomUUID());
        send(refused.interviewId(), EventCodec.encode(refused));

        ConsumerRecord<String, String> dead = PROBE.awaitRecord(Topics.DEAD_LETTERS,
                keyed(refused.interviewId()).and(r -> r.value().contains(refused.eventId().toString())), TIMEOUT);
        assertEquals(IllegalStateException.class.getName(),
                TopicProbe.headers(dead).get("dead-letter-exception-class-name"));
        await().atMost(TIMEOUT).until(() -> deadLetterCount(UNDECODABLE_REASON) > undecodableBefore
                && deadLetterCount(REFUSED_REASON) > refusedBefore);
        assertEquals(undecodableBefore + 1, deadLetterCount(UNDECODABLE_REASON), "counted once");
        assertEquals(refusedBefore + 1, deadLetterCount(REFUSED_REASON), "counted once");
    }

    private double deadLetterCount(String reason) {
        Counter counter = meters.find("interview.dead.letters")
                .tags("consumer", "service-kit-test", "topic", Topics.ANSWERS, "reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    /** The connector's own default is 10 s, which kept consumers away from a restarted broker for up to 9.6 s. */
    @Test
    void aConsumerRetriesALostBrokerAtLeastOnceASecond() {
        assertEquals("1000", String.valueOf(kafkaClients.getConsumer("answers").configuration()
                .get(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG)));
    }

    /**
     * A consumer method carries no {@code @Blocking}: Quarkus Messaging runs a method returning nothing on a worker
     * thread, in order (quarkus.messaging.blocking.signatures.execution.mode, pinned in service-kit's config).
     */
    @Test
    void anAnswerIsHandledOnAWorkerThreadThatMayBlock() {
        AnswerSubmitted answer = AnswerSubmitted.of(UUID.randomUUID(), "tech", "tech-1", "where am I handled?");

        send(answer.interviewId(), EventCodec.encode(answer));

        awaitHandled(answer);
        RecordingAnswerConsumer.HandlingThread thread = consumer.thread(answer);
        assertTrue(thread.blockingAllowed(), thread.toString());
        assertFalse(thread.name().startsWith("vert.x-eventloop"), thread.toString());
    }

    @Test
    void aRedeliveredAnswerIsHandledOnce() {
        AnswerSubmitted answer = AnswerSubmitted.of(UUID.randomUUID(), "tech", "tech-1", "sent twice");
        AnswerSubmitted after = AnswerSubmitted.of(answer.interviewId(), "tech", "tech-2", "sent once");

        send(answer.interviewId(), EventCodec.encode(answer));
        send(answer.interviewId(), EventCodec.encode(answer));
        send(answer.interviewId(), EventCodec.encode(after));

        // same key, same partition: once the later answer is handled, both copies were
        awaitHandled(after);
        assertEquals(1, consumer.handled().stream().filter(answer::equals).count());
    }

    private static void send(UUID interviewId, String value) {
        PROBE.send(Topics.ANSWERS, interviewId.toString(), value);
    }

    private void awaitHandled(AnswerSubmitted answer) {
        await().atMost(TIMEOUT).until(() -> consumer.handled().contains(answer));
    }

    private static Map<String, String> deadLetterHeaders(String value, UUID interviewId) {
        ConsumerRecord<String, String> dead = PROBE.awaitRecord(Topics.DEAD_LETTERS, r -> value.equals(r.value()), TIMEOUT);
        assertEquals(interviewId.toString(), dead.key());
        return TopicProbe.headers(dead);
    }
}
