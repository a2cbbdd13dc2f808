package io.interviews.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The live result beside its new grading. Dimensions come in the new grading's order, each with its live rating if
     * any, then the dimensions the new grading dropped.
     */
    public static StageRescored of(StageResult live, double weight, String rubricVersion, double score,
                                   List<String> reviewReasons, List<DimensionRating> ratings) {
        Map<String, DimensionRating> liveById = new LinkedHashMap<>();
        live.dimensions().forEach(rating -> liveById.put(rating.dimension(), rating));
        List<DimensionRescored> pairs = new ArrayList<>();
        for (DimensionRating rating : ratings) {
            pairs.add(new DimensionRescored(rating.dimension(), liveById.remove(rating.dimension()), rating));
        }
        liveById.values().forEach(rating -> pairs.add(new DimensionRescored(rating.dimension(), rating, null)));
        return new StageRescored(live.stage(), weight, live.rubricVersion(), live.score(), rubricVersion, score,
                reviewReasons, pairs);
    }

    /** A stage the new grading does not cover: its live result on both sides. */
    public static StageRescored unchanged(StageResult live, double weight) {
        return of(live, weight, live.rubricVersion(), live.score(), live.reviewReasons(), live.dimensions());
    }
}
