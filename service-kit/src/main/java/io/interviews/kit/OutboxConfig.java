package io.interviews.kit;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "interview.outbox")
public interface OutboxConfig {

    /** How often unpublished rows left behind by a crash or a broker outage are retried. */
    @WithDefault("5s")
    Duration sweepInterval();

    /** Rows published per transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long to wait for Kafka's acknowledgement of one record. */
    @WithDefault("10s")
    Duration sendTimeout();

    /**
     * Largest event the outbox stores: its JSON value in UTF-8 bytes (the CloudEvents headers add about 300).
     * Kept under the producer's {@code max.request.size} and the topics' {@code max.message.bytes} (1 MiB), so an
     * event too large for Kafka fails where it is produced, in the producer's transaction, not later at publish.
     */
    @WithDefault("900K")
    MemorySize maxEventSize();

    /** How long a published row is kept (for audits and replays) before the cleanup deletes it. */
    @WithDefault("7d")
    Duration retention();

    /** How often published rows older than {@link #retention()} are deleted. */
    @WithDefault("1h")
    Duration cleanupInterval();
}
