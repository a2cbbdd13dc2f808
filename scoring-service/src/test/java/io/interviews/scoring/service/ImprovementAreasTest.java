package io.interviews.scoring.service;

import io.interviews.events.DimensionRating;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImprovementAreasTest {

    @Test
    void theThreeLowestRatedDimensionsAreChosenWithTheirEvidence() {
        List<ScorecardView.Stage> stages = List.of(
                stage("tech", 0.4, dimension("system_design", 2, 0.5, "I would add more servers"),
                        dimension("coding", 4, 0.5, "I write tests first")),
                stage("hr", 0.3, dimension("collaboration", 3, 0.6, "we talked it through"),
                        dimension("motivation", 1, 0.4, "I need a job")),
                stage("boss", 0.3, dimension("leadership", 3, 1.0, "I mentored one junior")));

        List<ImprovementAreaDetail> areas = ImprovementAreas.lowest(stages);

        // rating 1, rating 2, then of the two rated 3 the one weighing more in the total: 0.3·1.0 > 0.3·0.6
        assertEquals(List.of("motivation", "system_design", "leadership"),
                areas.stream().map(ImprovementAreaDetail::dimension).toList());
        assertEquals(new ImprovementAreaDetail("hr", "motivation", 1, List.of("I need a job"),
                "rationale of motivation", true), areas.get(0));
    }

    @Test
    void aDimensionRatedInTwoStagesAppearsOnceAtItsLowest() {
        List<ScorecardView.Stage> stages = List.of(
                stage("tech", 0.5, dimension("communication", 3, 1, "first")),
                stage("boss", 0.5, dimension("communication", 2, 1, "second")));

        List<ImprovementAreaDetail> areas = ImprovementAreas.lowest(stages);

        assertEquals(1, areas.size());
        assertEquals("boss", areas.get(0).stage());
        assertEquals(List.of("second"), areas.get(0).evidence());
    }

    @Test
    void aStrongOrExceptionalRatingIsNothingToWorkOn() {
        List<ScorecardView.Stage> stages = List.of(
                stage("tech", 1, dimension("system_design", 4, 0.5, "sharded by tenant"),
                        dimension("coding", 5, 0.5, "I write tests first")));

        assertEquals(List.of(), ImprovementAreas.lowest(stages));
    }

    private static ScorecardView.Stage stage(String stage, double weight, DimensionRating... dimensions) {
        return new ScorecardView.Stage(stage, weight, 50, stage + "-1", false, List.of(), List.of(dimensions));
    }

    private static DimensionRating dimension(String name, int rating, double weight, String evidence) {
        return new DimensionRating(name, rating, weight, List.of(evidence), "rationale of " + name, true,
                "rubric");
    }
}
