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
     * How long the system may owe an interview's next move (a stage's first question, or its reaction to an
     * answer) before the interview counts as stalled. A candidate taking long to answer never stalls it.
     */
    @WithDefault("2m")
    Duration stallAfter();

    /**
     * How long the scoring and offer services may owe an interview's letter before the interview counts as
     * stalled: the score and the drafted letter once the stages are over ({@code SCORING}), the sent letter once
     * the recruiter decided ({@code AWAITING_DECISION}). A recruiter taking long to decide never stalls it.
     */
    @WithDefault("5m")
    Duration letterStallAfter();

    /**
     * How often stalls are looked for (warning log, {@code interview_stalled} and stage gauges); the check's
     * {@code @Scheduled} expression reads the key, declared here so a bad value stops the start-up.
     */
    @WithDefault("10s")
    Duration stallCheckInterval();
}
