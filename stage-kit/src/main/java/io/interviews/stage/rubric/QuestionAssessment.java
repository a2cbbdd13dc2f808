package io.interviews.stage.rubric;

import java.util.List;
import java.util.OptionalInt;

/**
 * How the answers to one main question (and its follow-up, if any) covered the question's rubric points.
 *
 * @param kept    the sentences that were rated
 * @param removed sentences that addressed the grader (see {@link InjectionScreen}); never rated
 */
public record QuestionAssessment(Question question, List<PointAssessment> points, List<String> kept,
                                 List<String> removed) {

    /** Below this share of covered points a main answer gets one follow-up. */
    public static final double FOLLOW_UP_BELOW_COVERAGE = 0.5;

    public QuestionAssessment {
        points = List.copyOf(points);
        kept = List.copyOf(kept);
        removed = List.copyOf(removed);
    }

    public long coveredCount() {
        return points.stream().filter(PointAssessment::covered).count();
    }

    public double coverage() {
        return points.isEmpty() ? 0 : (double) coveredCount() / points.size();
    }

    public boolean needsFollowUp() {
        return coverage() < FOLLOW_UP_BELOW_COVERAGE;
    }

    public List<RubricPoint> missedPoints() {
        return points.stream().filter(point -> !point.covered()).map(PointAssessment::point).toList();
    }

    /** The 1–5 rating these answers earn on the question's points alone. */
    public int rating() {
        return Scorecard.ratingFor(points);
    }

    /** The rating these answers earn on the points of one dimension; empty when the question does not rate it. */
    public OptionalInt rating(String dimension) {
        List<PointAssessment> ofDimension = points.stream()
                .filter(point -> point.point().dimension().equals(dimension)).toList();
        return ofDimension.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Scorecard.ratingFor(ofDimension));
    }
}
