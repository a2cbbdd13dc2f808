package io.interviews.events;

import java.util.List;

/**
 * The one scale every stage, the total, the bands, the offer threshold and the salary windows share. A rating's
 * anchor means the same everywhere: 1 no evidence, 2 below the bar, 3 meets the bar, 4 strong, 5 exceptional; its
 * points are placed so that the bands say the same thing as the anchors.
 *
 * <pre>
 * rating   1    2    3    4    5
 * points   0   45   75   85  100      (linear in between)
 * </pre>
 * So 3 on every dimension is 75 (CONSIDER, 70–79), 4 is 85 (HIRE, 80–89), 5 is 100 (STRONG_HIRE, ≥ 90), and the
 * offer threshold of 60 sits at a mean rating of 2.5, halfway between "below the bar" and "meets the bar".
 */
public final class RatingScale {

    /** Points of the ratings 1..5, index = rating − 1. */
    private static final double[] POINTS = {0, 45, 75, 85, 100};

    private RatingScale() {
    }

    /** The 0–100 points of a (mean) rating between 1 and 5, linear between the anchors, rounded to one decimal. */
    public static double points(double rating) {
        double clamped = Math.max(DimensionRating.MIN_RATING, Math.min(DimensionRating.MAX_RATING, rating));
        int lower = (int) Math.floor(clamped);
        double value = lower == DimensionRating.MAX_RATING
                ? POINTS[POINTS.length - 1]
                : POINTS[lower - 1] + (clamped - lower) * (POINTS[lower] - POINTS[lower - 1]);
        return Math.round(value * 10) / 10.0;
    }

    /** The weighted mean rating of {@code ratings} in points: a stage's score. */
    public static double stageScore(List<DimensionRating> ratings) {
        double weights = ratings.stream().mapToDouble(DimensionRating::weight).sum();
        double weightedMean = ratings.stream().mapToDouble(r -> r.rating() * r.weight()).sum() / weights;
        return points(weightedMean);
    }
}
