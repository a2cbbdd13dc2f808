package io.interviews.stage.rubric;

import java.util.List;

/** How the answers to one main question (and its follow-up, if any) covered the question's rubric points. */
public record QuestionAssessment(Question question, List<PointAssessment> points) {

    /** Below this share of covered points a main answer gets one follow-up. */
    public static final double FOLLOW_UP_BELOW_COVERAGE = 0.5;

    public QuestionAssessment {
        points = List.copyOf(points);
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
}
