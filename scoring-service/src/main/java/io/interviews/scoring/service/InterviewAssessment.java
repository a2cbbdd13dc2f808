package io.interviews.scoring.service;

import io.interviews.events.Band;
import io.interviews.events.StageResult;
import io.interviews.events.StageScore;

import java.util.List;

/**
 * What the scorecard says about a whole interview: the stage scores used (plan order) and the result behind each,
 * the plan-weighted total rounded to one decimal, its band and recommendation, and the planned stages that had no
 * result.
 */
public record InterviewAssessment(List<StageScore> stageScores, List<StageResult> results, List<String> missingStages,
                                  double total, Band band, String recommendation, boolean needsReview) {

    public InterviewAssessment {
        stageScores = List.copyOf(stageScores);
        results = List.copyOf(results);
        missingStages = List.copyOf(missingStages);
    }
}
