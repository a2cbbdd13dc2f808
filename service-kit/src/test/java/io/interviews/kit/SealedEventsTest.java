package io.interviews.kit;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.DataKey;
import io.interviews.events.EventCodec;
import io.interviews.events.Topics;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.interviews.testsupport.TopicProbe.keyed;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With {@code interview.personal-data.sealed} on, as in production: the outbox seals personal fields with the
 * interview's data key, the typed deserializer opens them (as {@value DataKey#ERASED} once the key is destroyed) and
 * the dead-letter writer seals them again, through a real broker.
 */
@QuarkusTest
@TestProfile(SealedEventsTest.Sealed.class)
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = RealInfrastructure.ARG_TOPICS,
        value = SealedEventsTest.TOPIC))
class SealedEventsTest {

    static final String TOPIC = "kit-test.sealed";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final TopicProbe PROBE = TopicProbe.forRealInfrastructure();

    public static class Sealed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("interview.personal-data.sealed", "true");
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    DataKeys dataKeys;

    @Inject
    RecordingAnswerConsumer consumer;

    @Inject
    DataSource dataSource;

    @AfterAll
    static void closeProbe() {
        PROBE.close();
    }

    /** The gateway's migration creates the key table in production; service-kit has no migration for it. */
    @BeforeEach
    void createKeyTable() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create schema if not exists data_keys");
            statement.execute("""
                    create table if not exists data_keys.interview_data_key (
                        interview_id uuid primary key,
                        data_key     bytea,
                        created_at   timestamptz not null,
                        erased_at    timestamptz,
                        check ((data_key is null) = (erased_at is not null)))""");
        }
    }

    @Test
    void anEventOfAnInterviewWithAKeyIsPublishedWithItsPersonalTextSealedByThatKey() {
        AnswerSubmitted answer = AnswerSubmitted.of(UUID.randomUUID(), "tech", "tech-1", "I would profile first.");

        // as at the gateway's intake: the key is created in the transaction that publishes
        QuarkusTransaction.requiringNew().run(() -> {
            dataKeys.create(answer.interviewId());
            outbox.add(TOPIC, answer);
        });

        ConsumerRecord<String, String> record = PROBE.awaitRecord(TOPIC,
                keyed(answer.interviewId()), TIMEOUT);
        assertFalse(record.value().contains(answer.text()), record.value());
        assertTrue(DataKey.isSealed(EventCodec.decode(record.value(), AnswerSubmitted.class).text()), record.value());
        assertEquals(answer, EventCodec.decode(record.value(), AnswerSubmitted.class, dataKeys::current));
    }

    @Test
    void anEventOfAnInterviewWithoutAKeyIsRefusedAndNotStored() {
        AnswerSubmitted answer = AnswerSubmitted.of(UUID.randomUUID(), "tech", "tech-1", "never registered");

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> outbox.add(TOPIC, answer)));

        assertTrue(refused.getMessage().contains(answer.interviewId() + " has no data key"), refused.getMessage());
        assertEquals(0L, QuarkusTransaction.requiringNew()
                .call(() -> OutboxMessage.count("eventId", answer.eventId())));
    }

    @Test
    void aConsumedEventArrivesOpenedAndAfterTheKeyIsDestroyedAsErased() {
        UUID interviewId = UUID.randomUUID();
        AnswerSubmitted first = AnswerSubmitted.of(interviewId, "tech", "tech-1", "opened for the consumer");
        AnswerSubmitted late = AnswerSubmitted.of(interviewId, "tech", "tech-2", "sealed before the erasure");
        QuarkusTransaction.requiringNew().run(() -> {
            dataKeys.create(interviewId);
            outbox.add(Topics.ANSWERS, first);
        });
        String lateSealed = EventCodec.encode(late, dataKeys.current(interviewId));

        await().atMost(TIMEOUT).until(() -> consumer.handled().contains(first));
        QuarkusTransaction.requiringNew().run(() -> dataKeys.destroy(interviewId));
        PROBE.send(Topics.ANSWERS, interviewId.toString(), lateSealed);

        // destroying the key does not erase the interview in this service (erased_interview): the event is handled
        AnswerSubmitted erased = new AnswerSubmitted(late.eventId(), interviewId, late.occurredAt(), late.stage(),
                late.questionId(), DataKey.ERASED);
        await().atMost(TIMEOUT).until(() -> consumer.handled().contains(erased));
    }

    @Test
    void anEventTheConsumerRefusesGoesToTheDeadLettersSealedAgain() {
        AnswerSubmitted refused = AnswerSubmitted.of(UUID.randomUUID(), "tech", "tech-1",
                RecordingAnswerConsumer.REFUSED);
        QuarkusTransaction.requiringNew().run(() -> {
            dataKeys.create(refused.interviewId());
            outbox.add(Topics.ANSWERS, refused);
        });

        ConsumerRecord<String, String> dead = PROBE.awaitRecord(Topics.DEAD_LETTERS,
                keyed(refused.interviewId()), TIMEOUT);
        // the consumer refuses only the opened text, so the reason shows it was opened before it was sealed again
        assertEquals("answer " + refused.eventId() + " refused", TopicProbe.headers(dead).get("dead-letter-reason"));
        assertFalse(dead.value().contains(RecordingAnswerConsumer.REFUSED), dead.value());
        assertTrue(DataKey.isSealed(EventCodec.decode(dead.value(), AnswerSubmitted.class).text()), dead.value());
        assertEquals(refused, EventCodec.decode(dead.value(), AnswerSubmitted.class, dataKeys::current));
    }
}
