package io.interviews.scoring.service;

import io.interviews.events.Band;
import io.interviews.events.BandThresholds;
import io.interviews.events.PlannedStage;
import io.interviews.events.StageResult;
import io.interviews.events.StageScore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring model (docs/architecture.md, "Scoring") in plain Java: total = Σ w·s / Σ w over the plan's stages
 * (weights need not sum to 1), rounded to one decimal, then banded. A planned stage without a result is never
 * given a default score: the total covers the stages that have one and the interview is flagged for human review. A
 * no-hire within {@code closeCall} points of the offer line is flagged too: no confident rejection of a candidate the
 * brain's own error could put on the other side.
 */
public final class ScorecardCalculator {

    private final BandThresholds thresholds;
    private final double closeCall;

    public ScorecardCalculator(BandThresholds thresholds, double closeCall) {
        if (!Double.isFinite(closeCall) || closeCall < 0) {
            throw new IllegalArgumentException("the close-call margin must be 0 or more points, not " + closeCall);
        }
        this.thresholds = thresholds;
        this.closeCall = closeCall;
    }

    public InterviewAssessment assess(List<PlannedStage> plan, List<StageResult> results) {
        if (plan.isEmpty()) {
            throw new UnscorableInterviewException("the interview plan has no stages");
        }
        Map<String, StageResult> resultByStage = new LinkedHashMap<>();
        // results are cumulative in plan order; a stage that ran twice counts with its latest result
        results.forEach(result -> resultByStage.put(result.stage(), result));

        List<StageScore> stageScores = new ArrayList<>();
        List<StageResult> scoredResults = new ArrayList<>();
        List<String> missingStages = new ArrayList<>();
        List<String> flaggedStages = new ArrayList<>();
        for (PlannedStage planned : plan) {
            requireValidWeight(planned);
            StageResult result = resultByStage.get(planned.stage());
            if (result == null) {
                missingStages.add(planned.stage());
                continue;
            }
            requireValidScore(result.stage(), result.score());
            if (result.needsReview()) {
                flaggedStages.add(result.stage());
            }
            stageScores.add(new StageScore(planned.stage(), planned.weight(), result.score()));
            scoredResults.add(result);
        }
        double total = StageScore.total(stageScores).orElseThrow(() ->
                new UnscorableInterviewException("no weighted result for any planned stage " + stageNames(plan)));
        Band band = bandOf(total);
        boolean closeCallRejection = band == Band.NO_HIRE && total >= thresholds.borderline() - closeCall;
        boolean needsReview = band == Band.BORDERLINE || closeCallRejection || !flaggedStages.isEmpty()
                || !missingStages.isEmpty();
        return new InterviewAssessment(stageScores, scoredResults, missingStages, total, band,
                recommendation(band, closeCallRejection, missingStages, flaggedStages), needsReview);
    }

    /** The band of a 0–100 total on the configured bounds: of a live scorecard and of a re-score alike. */
    public Band bandOf(double total) {
        return thresholds.bandOf(total);
    }

    private static String recommendation(Band band, boolean closeCallRejection, List<String> missingStages,
                                         List<String> flaggedStages) {
        if (!missingStages.isEmpty()) {
            return "Incomplete interview (no result for " + String.join(", ", missingStages)
                    + "): human review required";
        }
        String recommendation = switch (band) {
            case STRONG_HIRE -> "Strong hire";
            case HIRE -> "Hire";
            case CONSIDER -> "Consider";
            case BORDERLINE -> "Borderline: human review required";
            case NO_HIRE -> closeCallRejection ? "No hire, close to the offer line: human review required" : "No hire";
        };
        if (!flaggedStages.isEmpty() && band != Band.BORDERLINE && !closeCallRejection) {
            recommendation += "; human review required for " + String.join(", ", flaggedStages);
        }
        return recommendation;
    }

    private static void requireValidWeight(PlannedStage planned) {
        if (!Double.isFinite(planned.weight()) || planned.weight() < 0) {
            throw new UnscorableInterviewException(
                    "stage " + planned.stage() + " has an invalid plan weight " + planned.weight());
        }
    }

    static void requireValidScore(String stage, double score) {
        if (!Double.isFinite(score) || score < 0 || score > 100) {
            throw new UnscorableInterviewException("stage " + stage + " has a score outside 0–100: " + score);
        }
    }

    private static List<String> stageNames(List<PlannedStage> plan) {
        return plan.stream().map(PlannedStage::stage).toList();
    }
}
