package io.interviews.scoring.service;

import io.interviews.events.Band;
import io.interviews.events.Candidate;
import io.interviews.events.Position;
import io.interviews.scoring.repository.Scorecard;
import io.interviews.scoring.repository.ScorecardDimension;
import io.interviews.scoring.repository.ScorecardStage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A scorecard as recruiters read it over HTTP. */
public record ScorecardView(UUID interviewId, Candidate candidate, Position position, String language,
                            List<Stage> stages, double total, Band band, String recommendation, boolean needsReview,
                            List<String> missingStages, List<ImprovementAreaDetail> improvementAreas,
                            Instant scoredAt) {

    public record Stage(String stage, double weight, double score, String rubricVersion, boolean needsReview,
                        List<String> reviewReasons, List<Dimension> dimensions) {
    }

    public record Dimension(String dimension, int rating, double weight, List<String> evidence, String rationale,
                            boolean trusted, String brain) {
    }

    static ScorecardView of(Scorecard scorecard) {
        List<Stage> stages = scorecard.stages.stream().map(ScorecardView::stageOf).toList();
        return new ScorecardView(scorecard.interviewId,
                new Candidate(scorecard.candidateName, scorecard.candidateEmail),
                new Position(scorecard.positionTitle, scorecard.positionLevel, scorecard.positionLocation),
                scorecard.language, stages, scorecard.total, scorecard.band, scorecard.recommendation,
                scorecard.needsReview, List.of(scorecard.missingStages), ImprovementAreas.of(scorecard),
                scorecard.scoredAt);
    }

    static Stage stageOf(ScorecardStage stage) {
        return new Stage(stage.stage, stage.weight, stage.score, stage.rubricVersion, stage.needsReview,
                List.of(stage.reviewReasons), stage.dimensions.stream().map(ScorecardView::dimensionOf).toList());
    }

    private static Dimension dimensionOf(ScorecardDimension dimension) {
        return new Dimension(dimension.dimension, dimension.rating, dimension.weight, List.of(dimension.evidence),
                dimension.rationale, dimension.trusted, dimension.brain);
    }
}
