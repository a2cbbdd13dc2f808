package io.interviews.kit;

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

    /** How long a published row is kept (for audits and replays) before the cleanup deletes it. */
    @WithDefault("7d")
    Duration retention();

    /** How often published rows older than {@link #retention()} are deleted. */
    @WithDefault("1h")
    Duration cleanupInterval();
}
