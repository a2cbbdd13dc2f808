package io.interviews.kit;

import io.interviews.events.AnswerSubmitted;
import io.interviews.deploy.infra.KafkaBroker;
import io.interviews.testsupport.PrometheusMetrics;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.interviews.testsupport.TopicProbe.keyed;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the outbox does with events Kafka refuses for good, with sends that fail for now, and with oversized events. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class OutboxFailuresTest {

    private static final String TOPIC = "kit-test.failures";
    /** Accepts no record over 2 KiB (compressed): a stand-in for an event over the production limit. */
    private static final String SMALL_RECORDS_TOPIC = "kit-test.small-records";
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final TopicProbe PROBE = TopicProbe.forRealInfrastructure();

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @BeforeAll
    static void createTopics() throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(
                    new NewTopic(TOPIC, 1, (short) 1),
                    new NewTopic(SMALL_RECORDS_TOPIC, 1, (short) 1)
                            .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "2048"))))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void closeProbe() {
        PROBE.close();
    }

    @Test
    void eventTheBrokerRefusesIsParkedAndHoldsBackOnlyItsOwnInterview() {
        UUID blocked = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        // random text: lz4 cannot shrink it under the topic's 2 KiB
        AnswerSubmitted tooLarge = AnswerSubmitted.of(blocked, "tech", "tech-1", incompressibleText(8_000));
        AnswerSubmitted afterTooLarge = AnswerSubmitted.of(blocked, "tech", "tech-2", "my next answer");
        AnswerSubmitted otherInterview = AnswerSubmitted.of(other, "tech", "tech-1", "an answer of someone else");

        QuarkusTransaction.requiringNew().run(() -> {
            outbox.add(SMALL_RECORDS_TOPIC, tooLarge);
            outbox.add(TOPIC, afterTooLarge);
        });
        QuarkusTransaction.requiringNew().run(() -> outbox.add(TOPIC, otherInterview));

        PROBE.awaitRecord(TOPIC, keyed(other), DEADLINE);
        await().atMost(DEADLINE).until(() -> row(tooLarge).parkedAt != null);
        OutboxMessage parked = row(tooLarge);
        assertNull(parked.publishedAt);
        assertTrue(parked.parkedReason.startsWith("RecordTooLargeException: "), parked.parkedReason);
        await().atMost(DEADLINE).until(() -> row(otherInterview).publishedAt != null);

        // another drain changes nothing: the parked event is not retried, its interview's next one still waits
        relay.wakeUp();
        AnswerSubmitted later = AnswerSubmitted.of(other, "tech", "tech-2", "a later answer of someone else");
        QuarkusTransaction.requiringNew().run(() -> outbox.add(TOPIC, later));
        PROBE.awaitRecord(TOPIC, r -> later.eventId().toString().equals(TopicProbe.headers(r).get("ce_id")), DEADLINE);
        OutboxMessage held = row(afterTooLarge);
        assertNull(held.publishedAt);
        assertNull(held.parkedAt);
        assertEquals(parked.parkedAt, row(tooLarge).parkedAt);
        assertTrue(PROBE.readAll(TOPIC, DEADLINE).stream().noneMatch(keyed(blocked)));

        String metrics = PrometheusMetrics.scrape();
        assertEquals(1.0, PrometheusMetrics.sample(metrics, "interview_outbox_parked_total",
                Map.of("topic", SMALL_RECORDS_TOPIC, "type", AnswerSubmitted.TYPE)).orElse(0), metrics);
        long parkedNow = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("parkedAt is not null"));
        assertTrue(parkedNow >= 1);
        assertEquals(parkedNow, PrometheusMetrics.sample(metrics, "interview_outbox_parked_rows", Map.of()).orElse(0),
                metrics);
    }

    @Test
    void eventsThatFailWhileTheBrokerIsAwayAreRetriedInOrder() throws Exception {
        UUID interview = UUID.randomUUID();
        AnswerSubmitted first = AnswerSubmitted.of(interview, "hr", "hr-1", "first answer");
        AnswerSubmitted second = AnswerSubmitted.of(interview, "hr", "hr-2", "second answer");
        // the relay knows the topic's partitions already, so the outage shows in sends rather than metadata waits
        AnswerSubmitted warmUp = AnswerSubmitted.of(UUID.randomUUID(), "hr", "hr-1", "before the outage");
        QuarkusTransaction.requiringNew().run(() -> outbox.add(TOPIC, warmUp));
        await().atMost(DEADLINE).until(() -> row(warmUp).publishedAt != null);
        double failuresBefore = sendFailures();

        KafkaBroker broker = RealInfrastructure.kafkaBroker();
        signal(broker, "STOP");
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.add(TOPIC, first);
                outbox.add(TOPIC, second);
            });
            await().atMost(DEADLINE).until(() -> sendFailures() > failuresBefore);

            // the backlog is at least as old as the first row waiting, and keeps ageing between sweeps
            relay.sweep();
            double backlogAge = oldestUnpublishedSeconds();
            assertTrue(backlogAge >= secondsSince(first.occurredAt()) - 0.5, backlogAge + " s");
            await().atMost(DEADLINE).until(() -> oldestUnpublishedSeconds() > backlogAge);
        } finally {
            signal(broker, "CONT");
        }
        assertNull(row(first).parkedAt);
        assertNull(row(second).parkedAt);

        relay.wakeUp(); // what the periodic sweep does (hourly in these tests)

        await().atMost(DEADLINE).until(() -> row(first).publishedAt != null && row(second).publishedAt != null);
        List<String> published = PROBE.awaitRecords(TOPIC, records -> records.stream()
                        .anyMatch(r -> second.eventId().toString().equals(TopicProbe.headers(r).get("ce_id"))), DEADLINE)
                .stream().filter(keyed(interview))
                .map(r -> TopicProbe.headers(r).get("ce_id")).distinct().toList();
        assertEquals(List.of(first.eventId().toString(), second.eventId().toString()), published);
        assertNull(row(first).parkedAt);

        // once published, the rows no longer count: the gauge shows what still waits, or 0
        relay.sweep();
        Instant oldestWaiting = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.getEntityManager()
                .createQuery("select min(m.occurredAt) from OutboxMessage m where m.publishedAt is null and m.parkedAt is null",
                        Instant.class).getSingleResult());
        double expected = oldestWaiting == null ? 0 : secondsSince(oldestWaiting);
        assertEquals(expected, oldestUnpublishedSeconds(), 1.0);
    }

    @Test
    void eventOverTheBudgetFailsWhenItIsStored() {
        // 250,000 characters outside the BMP: 500,000 UTF-16 units, but 1,000,000 bytes in UTF-8
        AnswerSubmitted huge = AnswerSubmitted.of(UUID.randomUUID(), "tech", "tech-1", "\uD83D\uDE00".repeat(250_000));

        EventTooLargeException refused = assertThrows(EventTooLargeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> outbox.add(TOPIC, huge)));

        assertTrue(refused.getMessage().contains("over the event budget of 921600 bytes"), refused.getMessage());
        assertNull(QuarkusTransaction.requiringNew().call(() -> OutboxMessage.find("eventId", huge.eventId())
                .firstResult()));
    }

    /** Failed sends so far, of any event; each is retried by a later drain. */
    private static double sendFailures() {
        return PrometheusMetrics.sum("interview_outbox_send_failures_total", Map.of());
    }

    /** {@code interview_outbox_oldest_unpublished_seconds}: the age of the oldest row waiting to be published. */
    private static double oldestUnpublishedSeconds() {
        String name = "interview_outbox_oldest_unpublished_seconds";
        return PrometheusMetrics.sample(name, Map.of())
                .orElseThrow(() -> new AssertionError("no " + name + " in /q/metrics"));
    }

    private static double secondsSince(Instant instant) {
        return Duration.between(instant, Instant.now()).toMillis() / 1000.0;
    }

    /** Freezes ({@code STOP}) or resumes ({@code CONT}) the broker process: an outage without losing its state. */
    private static void signal(KafkaBroker broker, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(broker.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
    }

    private static OutboxMessage row(AnswerSubmitted event) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxMessage.<OutboxMessage>find("eventId", event.eventId()).firstResult());
    }

    private static String incompressibleText(int bytes) {
        byte[] random = new byte[bytes * 3 / 4];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.kafkaBootstrapServers()));
    }
}
