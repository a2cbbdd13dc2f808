package io.interviews.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "interview.gateway")
public interface GatewayConfig {

    /** Shared secret recruiters send in the {@code X-Recruiter-Key} header. */
    String recruiterKey();

    /** Plan used when a registration names none, as {@code stage:weight} entries in interview order. */
    @WithDefault("tech:0.4,hr:0.3,boss:0.3")
    List<String> defaultPlan();

    /** Longest accepted answer, in characters (Unicode code points). */
    @WithDefault("10000")
    int maxAnswerLength();

    /**
     * Largest accepted answer in bytes, counted as the answer travels in events: UTF-8, JSON-escaped. Bounds the
     * cumulative {@code StageCompleted} under the outbox's event budget (the arithmetic is in the README).
     */
    @WithDefault("10500")
    int maxAnswerBytes();

    /**
     * How long the system may owe an interview's next move (a stage's first question, or its reaction to an
     * answer) before the interview counts as stalled. A candidate taking long to answer never stalls it.
     */
    @WithDefault("2m")
    Duration stallAfter();

    /**
     * How often stalls are looked for (warning log, {@code interview_stalled} and stage gauges); the check's
     * {@code @Scheduled} expression reads the key, declared here so a bad value stops the start-up.
     */
    @WithDefault("10s")
    Duration stallCheckInterval();
}
