package io.interviews.scoring.service;

import io.interviews.events.Band;
import io.interviews.events.DimensionRating;
import io.interviews.events.Exchange;
import io.interviews.events.InterviewContext;
import io.interviews.events.RatingScale;
import io.interviews.events.StageResult;
import io.interviews.events.StageScore;
import io.interviews.scoring.repository.Scorecard;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The complete record of one scored interview, exported as one JSON document (the successor of the seed's
 * {@code interview_results_*.json}): the context and plan, every stage with its ratings, evidence, rubric version
 * and full transcript, the stage scores, total, band and recommendation. Every score is on the one 0–100 scale;
 * a dimension's 1–5 rating is also given on it ({@code score}, its points on {@link RatingScale}).
 */
public record InterviewResults(String format, UUID interviewId, Scale scale, InterviewContext context,
                               List<Stage> stages, List<StageScore> stageScores, double total, Band band,
                               String recommendation, boolean needsReview, List<String> missingStages,
                               List<ImprovementAreaDetail> improvementAreas, Instant scoredAt) {

    public static final String FORMAT = "interview-results.v1";
    private static final Scale SCALE = new Scale("0–100", "1–5", ratingPoints() + ", linear in between",
            "plan-weighted mean of the stage scores: Σ weight·score / Σ weight over the stages with a result");

    /** {@code ratingPoints}: the points of each rating, as stages compute theirs. */
    public record Scale(String scores, String ratings, String ratingPoints, String total) {
    }

    public record Stage(String stage, double weight, double score, String rubricVersion, boolean needsReview,
                        List<String> reviewReasons, Instant startedAt, Instant completedAt,
                        List<Dimension> dimensions, List<Exchange> transcript) {
    }

    public record Dimension(String dimension, int rating, double score, double weight, List<String> evidence,
                            String rationale, boolean trusted, String brain) {
    }

    static InterviewResults of(Scorecard scorecard) {
        List<Stage> stages = scorecard.results.stream()
                .map(result -> stageOf(result, scorecard.weightOf(result))).toList();
        return new InterviewResults(FORMAT, scorecard.interviewId, SCALE, scorecard.context, stages,
                stages.stream().map(stage -> new StageScore(stage.stage(), stage.weight(), stage.score())).toList(),
                scorecard.total, scorecard.band, scorecard.recommendation, scorecard.needsReview,
                List.of(scorecard.missingStages), ImprovementAreas.of(scorecard), scorecard.scoredAt);
    }

    private static Stage stageOf(StageResult result, double weight) {
        return new Stage(result.stage(), weight, result.score(), result.rubricVersion(), result.needsReview(),
                result.reviewReasons(), result.startedAt(), result.completedAt(),
                result.dimensions().stream().map(InterviewResults::dimensionOf).toList(), result.transcript());
    }

    /** "1→0, 2→45, 3→75, 4→85, 5→100": each rating's points on {@link RatingScale}. */
    static String ratingPoints() {
        return IntStream.rangeClosed(DimensionRating.MIN_RATING, DimensionRating.MAX_RATING)
                .mapToObj(rating -> rating + "→" + Math.round(RatingScale.points(rating)))
                .collect(Collectors.joining(", "));
    }

    private static Dimension dimensionOf(DimensionRating rating) {
        return new Dimension(rating.dimension(), rating.rating(), RatingScale.points(rating.rating()),
                rating.weight(), rating.evidence(), rating.rationale(), rating.trusted(), rating.brain());
    }
}
