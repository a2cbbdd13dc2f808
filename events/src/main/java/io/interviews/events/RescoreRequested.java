package io.interviews.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A recruiter asked for a scored interview to be graded again from its recorded transcripts with the rubric version and
 * brain each stage runs now. Every stage that interviewed the candidate answers with a {@link StageRegraded};
 * {@code rescoreId} names the request, which may cover many interviews. Nothing live changes.
 */
public record RescoreRequested(UUID eventId, UUID interviewId, Instant occurredAt, UUID rescoreId)
        implements InterviewEvent {

    public static final String TYPE = "interview.rescore-requested.v1";

    public static RescoreRequested of(UUID interviewId, UUID rescoreId) {
        return new RescoreRequested(UUID.randomUUID(), interviewId, Instant.now(), rescoreId);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
