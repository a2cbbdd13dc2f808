package io.interviews.events;

import java.time.Instant;
import java.util.UUID;

/** The end of an application: hired, or kept in the talent pool (offer declined, rejected, or feedback sent). */
public record InterviewConcluded(UUID eventId, UUID interviewId, Instant occurredAt, Outcome outcome, String reason)
        implements InterviewEvent {

    public static final String TYPE = "interview.concluded.v1";

    public enum Outcome {
        HIRED,
        TALENT_POOL
    }

    public static InterviewConcluded of(UUID interviewId, Outcome outcome, String reason) {
        return new InterviewConcluded(UUID.randomUUID(), interviewId, Instant.now(), outcome, reason);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
