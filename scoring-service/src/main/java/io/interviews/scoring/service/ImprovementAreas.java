package io.interviews.scoring.service;

import io.interviews.events.DimensionRating;
import io.interviews.scoring.repository.Scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a candidate is advised to work on: the one rule behind the recruiter's scorecard and, through
 * {@code InterviewScored.improvementAreas}, the candidate's feedback letter. At most {@value #COUNT} dimensions
 * rated at most {@value #HIGHEST_RATING} ("meets the bar"; a strong rating is nothing to work on), each dimension
 * once: lowest rating first, and on a tie the one that weighs more in the total (plan weight × dimension weight),
 * then plan order.
 */
public final class ImprovementAreas {

    public static final int COUNT = 3;
    public static final int HIGHEST_RATING = 3;

    private ImprovementAreas() {
    }

    /** The areas of a scorecard: what its InterviewScored event carries and what its views show. */
    public static List<ImprovementAreaDetail> of(Scorecard scorecard) {
        return lowest(ScorecardView.stagesOf(scorecard));
    }

    static List<ImprovementAreaDetail> lowest(List<ScorecardView.Stage> stages) {
        record Candidate(ScorecardView.Stage stage, DimensionRating dimension, int order) {
            double weightInTotal() {
                return stage.weight() * dimension.weight();
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ScorecardView.Stage stage : stages) {
            for (DimensionRating dimension : stage.dimensions()) {
                if (dimension.rating() <= HIGHEST_RATING) {
                    candidates.add(new Candidate(stage, dimension, candidates.size()));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.dimension().rating())
                .thenComparing(Comparator.comparingDouble(Candidate::weightInTotal).reversed())
                .thenComparingInt(Candidate::order));
        Set<String> named = new HashSet<>();
        List<ImprovementAreaDetail> areas = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (areas.size() == COUNT) {
                break;
            }
            DimensionRating dimension = candidate.dimension();
            if (named.add(dimension.dimension())) {
                areas.add(new ImprovementAreaDetail(candidate.stage().stage(), dimension.dimension(),
                        dimension.rating(), dimension.evidence(), dimension.rationale(), dimension.trusted()));
            }
        }
        return areas;
    }
}
