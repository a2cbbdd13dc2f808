package io.interviews.kit;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.EventCodec;
import io.interviews.testsupport.PrometheusMetrics;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.interviews.testsupport.TopicProbe.keyed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class OutboxAndInboxTest {

    private static final String TOPIC = "kit-test.outbox";
    private static final TopicProbe PROBE = TopicProbe.forRealInfrastructure();

    @Inject
    Outbox outbox;

    @Inject
    Inbox inbox;

    @AfterAll
    static void closeProbe() {
        PROBE.close();
    }

    @Test
    void committedEventIsPublishedRightAwayWithKeyAndCloudEventHeaders() {
        AnswerSubmitted answer = AnswerSubmitted.of(UUID.randomUUID(), "tech", "tech-1", "I would profile first.");

        QuarkusTransaction.requiringNew().run(() -> outbox.add(TOPIC, answer));

        // the sweep runs hourly here, so only the after-commit wake-up can deliver within the deadline
        ConsumerRecord<String, String> record = PROBE.awaitRecord(TOPIC,
                keyed(answer.interviewId()), Duration.ofSeconds(20));
        Map<String, String> headers = TopicProbe.headers(record);
        assertEquals("1.0", headers.get("ce_specversion"));
        assertEquals(answer.eventId().toString(), headers.get("ce_id"));
        assertEquals(AnswerSubmitted.TYPE, headers.get("ce_type"));
        assertEquals("/service-kit-test", headers.get("ce_source"));
        assertEquals("application/json", headers.get("content-type"));
        assertEquals(answer, EventCodec.decode(record.value(), AnswerSubmitted.class));
        assertTrue(QuarkusTransaction.requiringNew().call(() ->
                OutboxMessage.<OutboxMessage>find("eventId", answer.eventId()).firstResult().publishedAt != null));
    }

    @Test
    void rolledBackEventIsNeverPublished() {
        AnswerSubmitted rolledBack = AnswerSubmitted.of(UUID.randomUUID(), "tech", "tech-1", "lost on purpose");
        AnswerSubmitted committed = AnswerSubmitted.of(UUID.randomUUID(), "tech", "tech-1", "kept");

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.add(TOPIC, rolledBack);
            throw new IllegalStateException("the state change failed");
        }));
        QuarkusTransaction.requiringNew().run(() -> outbox.add(TOPIC, committed));

        PROBE.awaitRecord(TOPIC, keyed(committed.interviewId()), Duration.ofSeconds(20));
        assertTrue(PROBE.readAll(TOPIC, Duration.ofSeconds(10)).stream()
                .noneMatch(keyed(rolledBack.interviewId())));
    }

    @Test
    void inboxAcceptsAnEventOncePerConsumer() {
        AnswerSubmitted answer = AnswerSubmitted.of(UUID.randomUUID(), "hr", "hr-1", "twice");

        assertTrue(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery(answer, "scoring")));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery(answer, "scoring")));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery(answer, "offers")));
    }

    @Test
    void publishedAndConsumedEventsAreCountedForPrometheus() {
        AnswerSubmitted answer = AnswerSubmitted.of(UUID.randomUUID(), "tech", "tech-2", "counted");
        QuarkusTransaction.requiringNew().run(() -> outbox.add(TOPIC, answer));
        PROBE.awaitRecord(TOPIC, keyed(answer.interviewId()), Duration.ofSeconds(20));
        QuarkusTransaction.requiringNew().run(() -> inbox.firstDelivery(answer, "metrics-test"));
        QuarkusTransaction.requiringNew().run(() -> inbox.firstDelivery(answer, "metrics-test"));

        String metrics = PrometheusMetrics.scrape();

        assertTrue(PrometheusMetrics.sample(metrics, "interview_events_published_total",
                Map.of("topic", TOPIC, "type", AnswerSubmitted.TYPE)).orElse(0) >= 1, metrics);
        assertTrue(PrometheusMetrics.sample(metrics, "interview_events_consumed_total",
                Map.of("consumer", "metrics-test", "delivery", "duplicate")).orElse(0) >= 1, metrics);
    }

    @Test
    void inboxForgetsAnEventWhoseHandlingRolledBack() {
        AnswerSubmitted answer = AnswerSubmitted.of(UUID.randomUUID(), "boss", "boss-1", "retry me");

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            inbox.firstDelivery(answer, "scoring");
            throw new IllegalStateException("handler failed");
        }));

        assertTrue(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery(answer, "scoring")));
    }
}
