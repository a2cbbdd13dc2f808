package io.interviews.stage.rubric;

/**
 * A question put to the candidate. {@code number} counts main questions from 1; a follow-up carries the
 * number of the question it probes.
 */
public record Ask(String questionId, String text, boolean followUp, int number, int plannedQuestions) {
}
