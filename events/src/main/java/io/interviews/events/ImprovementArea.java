package io.interviews.events;

/**
 * A dimension the candidate is advised to work on, as scoring-service chose it: the stage that rated it, the
 * dimension's rubric id (its display name and the advice about it are the reader's to look up) and its 1–5 rating.
 */
public record ImprovementArea(String stage, String dimension, int rating) {
}
