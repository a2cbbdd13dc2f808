package io.interviews.stage.rubric;

import io.interviews.events.DimensionRating;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the answers to one main question (and its follow-up, if any) rate on the dimensions the question rates.
 *
 * @param ratings      dimension id → rating between 1 and 5, not yet rounded (a stage averages them over questions)
 * @param evidence     the most telling sentences, verbatim
 * @param missedPoints the question's rubric points none of whose keywords occur, in bank order: what a follow-up asks
 *                     about (keywords choose the probe; they never rate)
 * @param doubt        why a person should look at this rating, when the model is unsure of it
 * @param readsAs      the other question the answers' words read as an answer to ({@link QuestionWords}), if any
 */
public record QuestionAssessment(Question question, AnswerReading reading, Map<String, Double> ratings,
                                 List<String> evidence, List<RubricPoint> missedPoints, Optional<String> doubt,
                                 Optional<String> readsAs) {

    /** A main answer rated below this (mean over its dimensions) gets one follow-up. */
    public static final double FOLLOW_UP_BELOW = 3.0;

    public QuestionAssessment {
        ratings = Map.copyOf(ratings);
        evidence = List.copyOf(evidence);
        missedPoints = List.copyOf(missedPoints);
    }

    /**
     * This assessment of the question as worded in another language, named by {@code asked}: the same question in the
     * interview's language, whose points share their ids with this one's.
     */
    QuestionAssessment asAskedIn(Question asked) {
        Set<String> missed = missedPoints.stream().map(RubricPoint::id).collect(Collectors.toSet());
        return new QuestionAssessment(asked, reading, ratings, evidence,
                asked.points().stream().filter(point -> missed.contains(point.id())).toList(), doubt, readsAs);
    }

    public List<String> kept() {
        return reading.kept();
    }

    public List<String> removed() {
        return reading.removed();
    }

    public double meanRating() {
        return ratings.values().stream().mapToDouble(Double::doubleValue).average().orElse(DimensionRating.MIN_RATING);
    }

    public boolean needsFollowUp() {
        return meanRating() < FOLLOW_UP_BELOW;
    }

    /** The rounded rating of one dimension; empty when the question does not rate it. */
    public OptionalInt rating(String dimension) {
        Double rating = ratings.get(dimension);
        return rating == null ? OptionalInt.empty() : OptionalInt.of((int) Math.round(rating));
    }
}
