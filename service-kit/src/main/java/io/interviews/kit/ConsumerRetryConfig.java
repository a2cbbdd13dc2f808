package io.interviews.kit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How consumers retry transient failures. The whole budget (about 11 s with the defaults) must stay well under
 * the connector's limit for an unprocessed record ({@code throttled.unprocessed-record-max-age.ms}, 60 s; 120 s on
 * a stage's answers), past which the channel reports itself unhealthy.
 */
@ConfigMapping(prefix = "interview.consumer.retry")
public interface ConsumerRetryConfig {

    /** Retries after the first attempt; then the record goes to the dead letters. */
    @WithDefault("6")
    int maxRetries();

    /** Wait before the first retry; each further wait doubles, up to {@link #maxDelay()}. */
    @WithDefault("200ms")
    Duration delay();

    /** Longest wait between two attempts. */
    @WithDefault("5s")
    Duration maxDelay();

    /**
     * No retry starts later than this after the first attempt began, however long the attempts take (a stage's
     * answer may wait on a model); an attempt under way when it passes runs to its end.
     */
    @WithDefault("20s")
    Duration maxDuration();
}
