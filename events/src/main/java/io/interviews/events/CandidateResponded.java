package io.interviews.events;

import java.time.Instant;
import java.util.UUID;

/** The candidate accepted or declined a sent offer. */
public record CandidateResponded(UUID eventId, UUID interviewId, Instant occurredAt, boolean accepted,
                                 @Personal String comment) implements InterviewEvent {

    public static final String TYPE = "interview.candidate-responded.v1";

    public static CandidateResponded of(UUID interviewId, boolean accepted, String comment) {
        return new CandidateResponded(UUID.randomUUID(), interviewId, Instant.now(), accepted, comment);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
