package io.interviews.events;

/**
 * A dimension rated live and again, each {@link DimensionRating} whole (rating, weight, evidence, rationale, brain).
 * {@code live} is null for a dimension only the new rubric has, {@code rescored} for one it dropped.
 */
public record DimensionRescored(String dimension, DimensionRating live, DimensionRating rescored) {
}
