package io.interviews.stage.rubric;

import io.interviews.events.DimensionRating;
import io.interviews.events.Exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stage's dimension ratings and its 0–100 score, computed from the transcript alone: the same transcript
 * always gives the same scorecard.
 */
public record Scorecard(double score, List<DimensionRating> ratings, boolean needsReview) {

    /** Quotes kept per dimension; enough to audit a rating without repeating the transcript. */
    public static final int MAX_EVIDENCE_QUOTES = 3;

    public Scorecard {
        ratings = List.copyOf(ratings);
    }

    public static Scorecard of(QuestionBank bank, List<Exchange> transcript) {
        Map<String, List<String>> answersByQuestion = new LinkedHashMap<>();
        for (Exchange exchange : transcript) {
            answersByQuestion.computeIfAbsent(Question.mainQuestionId(exchange.questionId()), id -> new ArrayList<>())
                    .add(exchange.answer());
        }
        List<PointAssessment> assessed = bank.questions().stream()
                .filter(question -> answersByQuestion.containsKey(question.id()))
                .flatMap(question -> AnswerRater.assess(question, answersByQuestion.get(question.id())).points().stream())
                .toList();
        List<String> answers = transcript.stream().map(Exchange::answer).toList();

        List<DimensionRating> ratings = new ArrayList<>();
        for (Dimension dimension : bank.dimensions()) {
            List<PointAssessment> points = assessed.stream()
                    .filter(point -> point.point().dimension().equals(dimension.id()))
                    .toList();
            ratings.add(rate(dimension, points, answers));
        }
        boolean needsReview = ratings.stream().anyMatch(rating -> !rating.trusted());
        return new Scorecard(stageScore(ratings), ratings, needsReview);
    }

    /** 1 + 4 × mean point credit, rounded: no credit is 1, every point covered specifically is 5. */
    public static int ratingFor(List<PointAssessment> points) {
        double credit = points.stream().mapToDouble(PointAssessment::credit).average().orElse(0);
        return DimensionRating.MIN_RATING
                + (int) Math.round((DimensionRating.MAX_RATING - DimensionRating.MIN_RATING) * credit);
    }

    /** Weighted mean rating mapped linearly from 1..5 to 0..100, rounded to one decimal. */
    public static double stageScore(List<DimensionRating> ratings) {
        double weights = ratings.stream().mapToDouble(DimensionRating::weight).sum();
        double weightedMean = ratings.stream().mapToDouble(r -> r.rating() * r.weight()).sum() / weights;
        double score = (weightedMean - DimensionRating.MIN_RATING)
                / (DimensionRating.MAX_RATING - DimensionRating.MIN_RATING) * 100;
        return Math.round(score * 10) / 10.0;
    }

    private static DimensionRating rate(Dimension dimension, List<PointAssessment> points, List<String> answers) {
        int rating = ratingFor(points);
        Set<String> quotes = new LinkedHashSet<>();
        points.stream().filter(PointAssessment::covered).forEach(point -> quotes.addAll(point.evidence()));
        List<String> evidence = quotes.stream().limit(MAX_EVIDENCE_QUOTES).toList();
        // the quotes come from the answers by construction; the check guards the contract all brains share
        boolean trusted = evidence.stream().allMatch(quote -> answers.stream().anyMatch(answer -> answer.contains(quote)));
        List<PointAssessment> covered = points.stream().filter(PointAssessment::covered).toList();
        String rationale = dimension.anchor(rating) + " (" + covered.size() + "/" + points.size() + ")"
                + (covered.isEmpty() ? "" : ": " + covered.stream()
                .map(point -> point.point().description()).collect(Collectors.joining("; ")));
        return new DimensionRating(dimension.id(), rating, dimension.weight(), evidence, rationale, trusted);
    }
}
