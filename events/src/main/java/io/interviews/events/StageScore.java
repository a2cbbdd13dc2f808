package io.interviews.events;

/** A stage's 0–100 score and its plan weight, as used in the total. */
public record StageScore(String stage, double weight, double score) {
}
