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
 *
 * @param needsReview a rating's evidence failed the check, or an answer addressed the grader
 */
public record Scorecard(double score, List<DimensionRating> ratings, boolean needsReview) {

    /** Quotes kept per dimension; enough to audit a rating without repeating the transcript. */
    public static final int MAX_EVIDENCE_QUOTES = 3;

    public Scorecard {
        ratings = List.copyOf(ratings);
    }

    public static Scorecard of(QuestionBank bank, List<Exchange> transcript, AnswerRater rater) {
        List<QuestionAssessment> assessed = assess(bank, transcript, rater);
        List<PointAssessment> points = assessed.stream().flatMap(question -> question.points().stream()).toList();
        List<String> answers = transcript.stream().map(Exchange::answer).toList();
        List<String> addressedTheGrader = assessed.stream().filter(question -> !question.removed().isEmpty())
                .map(question -> question.question().id()).toList();

        List<DimensionRating> ratings = new ArrayList<>();
        for (Dimension dimension : bank.dimensions()) {
            List<PointAssessment> ofDimension = points.stream()
                    .filter(point -> point.point().dimension().equals(dimension.id()))
                    .toList();
            ratings.add(rate(dimension, ofDimension, answers, addressedTheGrader));
        }
        boolean needsReview = !addressedTheGrader.isEmpty() || ratings.stream().anyMatch(rating -> !rating.trusted());
        return new Scorecard(stageScore(ratings), ratings, needsReview);
    }

    /** Each main question asked, assessed on everything said to it (its follow-up answer included). */
    public static List<QuestionAssessment> assess(QuestionBank bank, List<Exchange> transcript, AnswerRater rater) {
        Map<String, List<String>> answersByQuestion = new LinkedHashMap<>();
        for (Exchange exchange : transcript) {
            answersByQuestion.computeIfAbsent(Question.mainQuestionId(exchange.questionId()), id -> new ArrayList<>())
                    .add(exchange.answer());
        }
        return bank.questions().stream()
                .filter(question -> answersByQuestion.containsKey(question.id()))
                .map(question -> rater.assess(bank, question, answersByQuestion.get(question.id())))
                .toList();
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

    private static DimensionRating rate(Dimension dimension, List<PointAssessment> points, List<String> answers,
                                        List<String> addressedTheGrader) {
        int rating = ratingFor(points);
        Set<String> quotes = new LinkedHashSet<>();
        points.stream().filter(PointAssessment::covered).forEach(point -> quotes.addAll(point.evidence()));
        List<String> evidence = quotes.stream().limit(MAX_EVIDENCE_QUOTES).toList();
        // the quotes come from the answers by construction; the check guards the contract all brains share
        boolean trusted = EvidenceCheck.allOccurIn(evidence, answers);
        List<PointAssessment> covered = points.stream().filter(PointAssessment::covered).toList();
        String rationale = dimension.anchor(rating) + " (" + covered.size() + "/" + points.size() + ")"
                + (covered.isEmpty() ? "" : ": " + covered.stream()
                .map(point -> point.point().description()).collect(Collectors.joining("; ")))
                + (addressedTheGrader.isEmpty() ? "" : " Not rated: text addressed to the grader in "
                + String.join(", ", addressedTheGrader) + ".");
        return new DimensionRating(dimension.id(), rating, dimension.weight(), evidence, rationale, trusted);
    }
}
