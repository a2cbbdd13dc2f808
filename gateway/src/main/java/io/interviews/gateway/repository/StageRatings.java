package io.interviews.gateway.repository;

import io.interviews.events.DimensionRating;
import io.interviews.events.StageResult;

import java.util.List;

/** A completed stage's dimension ratings, each with its evidence: verbatim quotes from the candidate's answers. */
public record StageRatings(String stage, List<DimensionRating> dimensions) {

    public StageRatings {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    public static StageRatings of(StageResult result) {
        return new StageRatings(result.stage(), result.dimensions());
    }
}
