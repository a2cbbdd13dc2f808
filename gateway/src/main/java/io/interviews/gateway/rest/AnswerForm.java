package io.interviews.gateway.rest;

/** The body of {@code POST /api/interviews/{id}/answers}. */
public record AnswerForm(String questionId, String text) {
}
