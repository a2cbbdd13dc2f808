package io.interviews.kit;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewErased;
import io.interviews.events.Topics;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link ErasureConsumer}, {@link Erasures} and the inbox's refusal of an erased interview's events, on a real broker. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ErasureTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String GROUP = "service-kit-test";
    private static final TopicProbe PROBE = TopicProbe.forRealInfrastructure();

    @Inject
    RecordingPersonalData personalData;

    @Inject
    RecordingAnswerConsumer answers;

    @Inject
    MeterRegistry meters;

    @Inject
    Erasures erasures;

    @AfterAll
    static void closeProbe() {
        PROBE.close();
    }

    @Test
    void anErasedInterviewLosesItsRowsOnceAndItsLaterEventsAreRefused() {
        UUID erased = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        long erasedRow = outboxRow(erased);
        long keptRow = outboxRow(kept);
        InterviewErased erasure = InterviewErased.of(erased, InterviewErased.Reason.REQUEST);

        PROBE.send(Topics.ERASURES, erased.toString(), EventCodec.encode(erasure));
        await().atMost(TIMEOUT).until(() -> personalData.erased().contains(erased));
        RecordMetadata redelivered = PROBE.send(Topics.ERASURES, erased.toString(), EventCodec.encode(erasure));
        AnswerSubmitted late = AnswerSubmitted.of(erased, "tech", "tech-1", "an answer after the erasure");
        RecordMetadata lateSent = PROBE.send(Topics.ANSWERS, erased.toString(), EventCodec.encode(late));
        PROBE.awaitConsumed(GROUP, redelivered, TIMEOUT);
        PROBE.awaitConsumed(GROUP, lateSent, TIMEOUT);

        assertEquals(List.of(erased), personalData.erased().stream().filter(erased::equals).toList(),
                "erased once, though delivered twice");
        assertFalse(outboxRowExists(erasedRow), "the erased interview's outbox row is deleted");
        assertTrue(outboxRowExists(keptRow), "another interview's outbox row stays");
        assertTrue(answers.handled().stream().noneMatch(answer -> answer.eventId().equals(late.eventId())),
                "an event of an erased interview is not handled");
        assertEquals(1.0, Optional.ofNullable(meters.find("interview.events.consumed").tags("consumer", "kit-test",
                "delivery", "erased").counter()).map(Counter::count).orElse(0.0));
        assertEquals(InterviewErased.Reason.REQUEST, QuarkusTransaction.requiringNew()
                .call(() -> erasures.find(erased).orElseThrow().reason));
    }

    private static long outboxRow(UUID interviewId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage message = new OutboxMessage();
            message.eventId = UUID.randomUUID();
            message.topic = "kit-test.erasure";
            message.recordKey = interviewId.toString();
            message.eventType = "kit-test.v1";
            message.payload = "{\"name\":\"Ada Lovelace\"}";
            message.occurredAt = Instant.now();
            message.publishedAt = Instant.now();
            message.persist();
            return message.id;
        });
    }

    private static boolean outboxRowExists(long id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.findById(id) != null);
    }
}
