package io.interviews.events;

import java.time.Instant;
import java.util.UUID;

/** The candidate's answer to one question, accepted by the gateway. */
public record AnswerSubmitted(UUID eventId, UUID interviewId, Instant occurredAt, String stage, String questionId,
                              @Personal String text) implements InterviewEvent {

    public static final String TYPE = "interview.answer-submitted.v1";

    public static AnswerSubmitted of(UUID interviewId, String stage, String questionId, String text) {
        return new AnswerSubmitted(UUID.randomUUID(), interviewId, Instant.now(), stage, questionId, text);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
