package io.interviews.events;

import java.util.List;

/**
 * One stage of an {@link InterviewRescored}: its plan weight, the live and the new rubric version and 0–100 score, why
 * a person would review the new grading (empty: it stands), and each dimension's two ratings.
 */
public record StageRescored(String stage, double weight, String liveRubricVersion, double liveScore,
                            String rescoredRubricVersion, double rescoredScore, List<String> rescoredReviewReasons,
                            List<DimensionRescored> dimensions) {

    public StageRescored {
        rescoredReviewReasons = rescoredReviewReasons == null ? List.of() : List.copyOf(rescoredReviewReasons);
        dimensions = List.copyOf(dimensions);
    }
}
