package io.interviews.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An interview's personal data is erased: every service deletes its rows of the interview (outbox rows included)
 * and ignores the interview's events from then on. Carries nothing personal, so it can stay on its topic for good.
 */
public record InterviewErased(UUID eventId, UUID interviewId, Instant occurredAt, Reason reason)
        implements InterviewEvent {

    public static final String TYPE = "interview.erased.v1";

    public enum Reason {
        /** The candidate asked for it (GDPR Art. 17), through a recruiter. */
        REQUEST,
        /** The retention period after the interview's outcome ran out. */
        RETENTION
    }

    public static InterviewErased of(UUID interviewId, Reason reason) {
        return new InterviewErased(UUID.randomUUID(), interviewId, Instant.now(), reason);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
