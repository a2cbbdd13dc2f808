package io.interviews.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class StageRescoredTest {

    private static final DimensionRating COMMUNICATION = GoldenEvents.HR.dimensions().get(0);
    private static final DimensionRating COLLABORATION = GoldenEvents.HR.dimensions().get(1);

    @Test
    void dimensionsComeInTheNewOrderWithTheirLiveRatingsThenTheDroppedOnes() {
        DimensionRating clarity = new DimensionRating("clarity", 2, 0.5, List.of(), "Hard to follow.", true, "rubric");
        DimensionRating collaboration = new DimensionRating("collaboration", 3, 0.5, List.of(), "Fine.", true, "openai");

        StageRescored stage = StageRescored.of(GoldenEvents.HR, 0.3, "hr-zh-3", 62.5, List.of("check it"),
                List.of(clarity, collaboration));

        assertEquals(List.of("clarity", "collaboration", "communication"),
                stage.dimensions().stream().map(DimensionRescored::dimension).toList());
        assertNull(stage.dimensions().get(0).live());
        assertSame(COLLABORATION, stage.dimensions().get(1).live());
        assertSame(collaboration, stage.dimensions().get(1).rescored());
        assertSame(COMMUNICATION, stage.dimensions().get(2).live());
        assertNull(stage.dimensions().get(2).rescored());
        assertEquals(List.of("hr", "hr-zh-2", "hr-zh-3"),
                List.of(stage.stage(), stage.liveRubricVersion(), stage.rescoredRubricVersion()));
        assertEquals(List.of(0.3, 85.0, 62.5), List.of(stage.weight(), stage.liveScore(), stage.rescoredScore()));
        assertEquals(List.of("check it"), stage.rescoredReviewReasons());
    }

    @Test
    void anUncoveredStageKeepsItsLiveResultOnBothSides() {
        StageRescored stage = StageRescored.unchanged(GoldenEvents.HR, 0.3);

        assertEquals(stage.liveScore(), stage.rescoredScore());
        assertEquals(stage.liveRubricVersion(), stage.rescoredRubricVersion());
        assertEquals(GoldenEvents.HR.reviewReasons(), stage.rescoredReviewReasons());
        stage.dimensions().forEach(dimension -> assertSame(dimension.live(), dimension.rescored()));
        assertEquals(2, stage.dimensions().size());
    }
}
