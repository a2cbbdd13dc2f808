package io.interviews.events;

import java.time.Instant;
import java.util.UUID;

/** A stage asks the candidate a question; {@code number} counts main questions from 1 to {@code plannedQuestions}. */
public record QuestionAsked(UUID eventId, UUID interviewId, Instant occurredAt, String stage, String questionId,
                            @Personal String text, boolean followUp, int number, int plannedQuestions)
        implements InterviewEvent {

    public static final String TYPE = "interview.question-asked.v1";

    public static QuestionAsked of(UUID interviewId, String stage, String questionId, String text, boolean followUp,
                                   int number, int plannedQuestions) {
        return new QuestionAsked(UUID.randomUUID(), interviewId, Instant.now(), stage, questionId, text, followUp,
                number, plannedQuestions);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
