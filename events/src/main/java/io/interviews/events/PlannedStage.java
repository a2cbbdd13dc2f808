package io.interviews.events;

/** One stage of an interview plan and its weight in the total score. */
public record PlannedStage(String stage, double weight) {
}
