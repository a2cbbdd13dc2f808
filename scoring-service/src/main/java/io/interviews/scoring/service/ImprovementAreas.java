package io.interviews.scoring.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@value #COUNT} lowest-rated dimensions of an interview, each dimension once: lowest rating first, and on a
 * tie the one that weighs more in the total (plan weight × dimension weight), then plan order.
 */
public final class ImprovementAreas {

    public static final int COUNT = 3;

    private ImprovementAreas() {
    }

    public static List<ImprovementArea> lowest(List<ScorecardView.Stage> stages) {
        record Candidate(ScorecardView.Stage stage, ScorecardView.Dimension dimension, int order) {
            double weightInTotal() {
                return stage.weight() * dimension.weight();
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ScorecardView.Stage stage : stages) {
            for (ScorecardView.Dimension dimension : stage.dimensions()) {
                candidates.add(new Candidate(stage, dimension, candidates.size()));
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.dimension().rating())
                .thenComparing(Comparator.comparingDouble(Candidate::weightInTotal).reversed())
                .thenComparingInt(Candidate::order));
        Set<String> named = new HashSet<>();
        List<ImprovementArea> areas = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (areas.size() == COUNT) {
                break;
            }
            ScorecardView.Dimension dimension = candidate.dimension();
            if (named.add(dimension.dimension())) {
                areas.add(new ImprovementArea(candidate.stage().stage(), dimension.dimension(), dimension.rating(),
                        dimension.evidence(), dimension.rationale(), dimension.trusted()));
            }
        }
        return areas;
    }
}
