package io.interviews.kit;

import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class OutboxRetentionTest {

    @Inject
    OutboxRetention retention;

    @Test
    void deletesOnlyPublishedRowsOlderThanTheRetentionPeriod() {
        Instant now = Instant.now();
        // the default retention is 7 days
        long expired = row(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(8)));
        long recentlyPublished = row(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(6)));
        long neverPublished = row(now.minus(Duration.ofDays(30)), null);

        retention.deleteExpired();

        assertFalse(exists(expired));
        assertTrue(exists(recentlyPublished));
        assertTrue(exists(neverPublished));
    }

    private static long row(Instant occurredAt, Instant publishedAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage message = new OutboxMessage();
            message.eventId = UUID.randomUUID();
            message.topic = "kit-test.retention";
            message.recordKey = UUID.randomUUID().toString();
            message.eventType = "kit-test.v1";
            message.payload = "{}";
            message.occurredAt = occurredAt;
            message.publishedAt = publishedAt;
            message.persist();
            return message.id;
        });
    }

    private static boolean exists(long id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.findById(id) != null);
    }
}
