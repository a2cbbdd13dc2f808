package io.interviews.scoring.service;

import io.interviews.events.Band;
import io.interviews.events.Candidate;
import io.interviews.events.DimensionRating;
import io.interviews.events.Position;
import io.interviews.events.StageResult;
import io.interviews.scoring.repository.Scorecard;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A scorecard as recruiters read it over HTTP. */
public record ScorecardView(UUID interviewId, Candidate candidate, Position position, String language,
                            List<Stage> stages, double total, Band band, String recommendation, boolean needsReview,
                            List<String> missingStages, List<ImprovementAreaDetail> improvementAreas,
                            Instant scoredAt) {

    public record Stage(String stage, double weight, double score, String rubricVersion, boolean needsReview,
                        List<String> reviewReasons, List<DimensionRating> dimensions) {
    }

    static ScorecardView of(Scorecard scorecard) {
        return new ScorecardView(scorecard.interviewId, scorecard.context.candidate(), scorecard.context.position(),
                scorecard.context.language().code(), stagesOf(scorecard), scorecard.total, scorecard.band,
                scorecard.recommendation, scorecard.needsReview, List.of(scorecard.missingStages),
                ImprovementAreas.of(scorecard), scorecard.scoredAt);
    }

    static List<Stage> stagesOf(Scorecard scorecard) {
        return scorecard.results.stream().map(result -> stageOf(result, scorecard.weightOf(result))).toList();
    }

    private static Stage stageOf(StageResult result, double weight) {
        return new Stage(result.stage(), weight, result.score(), result.rubricVersion(), result.needsReview(),
                result.reviewReasons(), result.dimensions());
    }
}
