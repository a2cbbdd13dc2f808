package io.interviews.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Pattern;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "interview.gateway")
public interface GatewayConfig {

    /**
     * Shared secret machine clients (an applicant tracking system, scripts) send in the {@code X-Recruiter-Key}
     * header; it signs them in with the {@code recruiter} role as {@link #recruiterKeyName()}.
     */
    String recruiterKey();

    /** Who a request signed in with the recruiter key is: the recruiter its decisions are recorded under. */
    @WithDefault("api-client")
    String recruiterKeyName();

    /**
     * Recruiters who sign in at the desk with a password, as {@code name:bcrypt-hash} entries (the hash in Modular
     * Crypt Format, {@code $2a$10$...}); each gets the {@code recruiter} role. None unless configured.
     */
    Optional<List<@Pattern(regexp = "[^:\\s]{1,200}:\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}",
            message = "must be name:bcrypt-hash, e.g. grace:$2a$10$... (see the README's Sign-in)") String>> recruiters();

    /** The scoring-service's base URL: the gateway fetches scorecard PDFs from it for recruiters. */
    String scoringUrl();

    /** The offer-service's base URL: the gateway fetches letter PDFs from it for recruiters. */
    String offerUrl();

    /** Plan used when an invitation names none, as {@code stage:weight} entries in interview order. */
    @WithDefault("tech:0.4,hr:0.3,boss:0.3")
    List<String> defaultPlan();

    /**
     * Named plans a recruiter may invite with ({@code "template": "backend-senior"}), each as {@code stage:weight}
     * entries in interview order; checked at start-up by the rules of a posted plan.
     */
    Map<String, List<String>> planTemplates();

    /**
     * Where candidates reach the gateway from outside (scheme, host, port and any path prefix): the base of the
     * {@code candidateUrl} an invitation carries. Checked at start-up.
     */
    @Pattern(regexp = "https?://[^/?#\\s]+(/[^?#\\s]*)?",
            message = "must be an absolute http(s) URL without query or fragment, e.g. https://interviews.example.com")
    String publicUrl();

    /** How long a candidate has to start the interview (answer the first question) after the invitation. */
    @WithDefault("14d")
    Duration invitationValidity();

    /**
     * Whether {@code POST /api/interviews} takes applications from anyone (default plan only); off, only a
     * recruiter's invitation creates an interview.
     */
    @WithDefault("false")
    boolean openRegistration();

    /**
     * Stage names that metrics may carry as their {@code stage} label besides the default plan's (a stage plugged
     * in for plans that name it); any other stage is counted as {@code other}, so a name in a registration never
     * creates a time series.
     */
    Optional<Set<String>> metricStages();

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

    /**
     * How long an interview is kept after its outcome (after its last change if it never concluded); then every
     * service erases it, as on a candidate's request.
     */
    @WithDefault("730d")
    Duration retentionPeriod();

    /**
     * How often interviews past the retention period are looked for; the job's {@code @Scheduled} expression reads
     * the key, declared here so a bad value stops the start-up.
     */
    @WithDefault("1h")
    Duration retentionCheckInterval();

    /** How often one client may register, answer and connect to the event stream; see the README's Rate limits. */
    RateLimits rateLimits();

    interface RateLimits {

        /** {@code POST /api/interviews}, per client address (a registration carries no token). */
        PerAddress registrations();

        /** {@code POST /api/interviews/{id}/answers}. */
        PerClient answers();

        /** {@code GET /api/interviews/{id}/events}: opening a connection. */
        PerClient eventStreams();

        /**
         * Most clients each limit keeps a count for; past it the least recently seen are forgotten (their next
         * request starts afresh), so a flood of addresses or made-up tokens cannot grow memory.
         */
        @WithDefault("10000")
        int trackedClients();

        interface PerAddress {

            /** Requests one client address may make per period; also the largest burst. */
            int perAddress();

            /** The period the allowance is spread over: one request's worth comes back every period / limit. */
            Duration period();
        }

        interface PerClient extends PerAddress {

            /** Requests one candidate token may make per period. */
            int perToken();
        }
    }
}
