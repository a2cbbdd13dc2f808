package io.interviews.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/** How the gateway delivers events to subscribed applicant-tracking systems (README: Webhooks). */
@ConfigMapping(prefix = "interview.webhooks")
public interface WebhookConfig {

    /**
     * How often due deliveries are looked for (1 s at the least, the scheduler's finest interval); the sender's
     * {@code @Scheduled} expression reads the key, declared here so a bad value stops the start-up.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** Wait before the second attempt; each further wait doubles, up to {@link #maxBackoff()}. */
    @WithDefault("5s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /** How long after its first attempt a delivery is retried before it is given up as {@code FAILED}. */
    @WithDefault("24h")
    Duration retryWindow();

    /** Longest wait for a receiver's answer, connection included. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** How long a settled delivery (delivered or given up) stays in the log before it is deleted. */
    @WithDefault("30d")
    Duration logRetention();

    /** Most deliveries one replica claims at a time; each is sent in turn. */
    @WithDefault("10")
    @Min(1)
    @Max(100)
    int batchSize();
}
