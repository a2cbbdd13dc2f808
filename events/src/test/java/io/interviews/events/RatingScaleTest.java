package io.interviews.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RatingScaleTest {

    @Test
    void eachAnchorLandsInTheBandThatSaysTheSame() {
        assertEquals(0, RatingScale.points(1));
        assertEquals(45, RatingScale.points(2));
        assertEquals(75, RatingScale.points(3), "meets the bar everywhere is CONSIDER (70–79)");
        assertEquals(85, RatingScale.points(4), "strong everywhere is HIRE (80–89)");
        assertEquals(100, RatingScale.points(5), "exceptional everywhere is STRONG_HIRE (≥ 90)");
    }

    @Test
    void theOfferThresholdSitsHalfwayBetweenBelowAndMeetsTheBar() {
        assertEquals(60, RatingScale.points(2.5));
        assertEquals(80, RatingScale.points(3.5));
    }

    @Test
    void ratingsOutsideTheScaleAreClamped() {
        assertEquals(0, RatingScale.points(0.2));
        assertEquals(100, RatingScale.points(7));
    }

    @Test
    void aStageScoreIsTheWeightedMeanRatingInPoints() {
        List<DimensionRating> ratings = List.of(
                new DimensionRating("depth", 4, 0.5, List.of(), "", true, "rubric"),
                new DimensionRating("design", 3, 0.5, List.of(), "", true, "rubric"));
        assertEquals(80, RatingScale.stageScore(ratings));
    }
}
