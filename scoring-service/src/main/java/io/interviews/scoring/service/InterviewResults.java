package io.interviews.scoring.service;

import io.interviews.events.Band;
import io.interviews.events.Candidate;
import io.interviews.events.DimensionRating;
import io.interviews.events.InterviewContext;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.RatingScale;
import io.interviews.events.StageScore;
import io.interviews.scoring.repository.RecordedExchange;
import io.interviews.scoring.repository.Scorecard;
import io.interviews.scoring.repository.ScorecardDimension;
import io.interviews.scoring.repository.ScorecardStage;

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

    public record Exchange(String questionId, String question, boolean followUp, String answer, Instant answeredAt) {
    }

    static InterviewResults of(Scorecard scorecard) {
        InterviewContext context = new InterviewContext(
                new Candidate(scorecard.candidateName, scorecard.candidateEmail),
                new Position(scorecard.positionTitle, scorecard.positionLevel, scorecard.positionLocation),
                Language.fromCode(scorecard.language),
                scorecard.plan.stream().map(entry -> new PlannedStage(entry.stage, entry.weight)).toList());
        return new InterviewResults(FORMAT, scorecard.interviewId, SCALE, context,
                scorecard.stages.stream().map(InterviewResults::stageOf).toList(),
                scorecard.stages.stream().map(stage -> new StageScore(stage.stage, stage.weight, stage.score)).toList(),
                scorecard.total, scorecard.band, scorecard.recommendation, scorecard.needsReview,
                List.of(scorecard.missingStages), ImprovementAreas.of(scorecard), scorecard.scoredAt);
    }

    private static Stage stageOf(ScorecardStage stage) {
        return new Stage(stage.stage, stage.weight, stage.score, stage.rubricVersion, stage.needsReview,
                List.of(stage.reviewReasons), stage.startedAt, stage.completedAt,
                stage.dimensions.stream().map(InterviewResults::dimensionOf).toList(),
                stage.transcript.stream().map(InterviewResults::exchangeOf).toList());
    }

    /** "1→0, 2→45, 3→75, 4→85, 5→100": each rating's points on {@link RatingScale}. */
    static String ratingPoints() {
        return IntStream.rangeClosed(DimensionRating.MIN_RATING, DimensionRating.MAX_RATING)
                .mapToObj(rating -> rating + "→" + Math.round(RatingScale.points(rating)))
                .collect(Collectors.joining(", "));
    }

    private static Dimension dimensionOf(ScorecardDimension dimension) {
        return new Dimension(dimension.dimension, dimension.rating, RatingScale.points(dimension.rating),
                dimension.weight, List.of(dimension.evidence), dimension.rationale, dimension.trusted,
                dimension.brain);
    }

    private static Exchange exchangeOf(RecordedExchange exchange) {
        return new Exchange(exchange.questionId, exchange.question, exchange.followUp, exchange.answer,
                exchange.answeredAt);
    }
}
