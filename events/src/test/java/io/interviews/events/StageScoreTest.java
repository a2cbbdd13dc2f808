package io.interviews.events;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StageScoreTest {

    @Test
    void theTotalIsThePlanWeightedMeanWhateverTheWeightsAddUpTo() {
        List<StageScore> stages = List.of(new StageScore("tech", 2, 90), new StageScore("hr", 1, 60));
        assertEquals(OptionalDouble.of(80.0), StageScore.total(stages));
    }

    @Test
    void theTotalIsRoundedHalfUpToOneDecimal() {
        assertEquals(OptionalDouble.of(72.3), StageScore.total(List.of(new StageScore("tech", 1, 72.25))));
        assertEquals(OptionalDouble.of(66.7),
                StageScore.total(List.of(new StageScore("tech", 1, 100), new StageScore("hr", 2, 50))));
    }

    @Test
    void aPlanWithoutPositiveWeightHasNoTotal() {
        assertEquals(OptionalDouble.empty(), StageScore.total(List.of(new StageScore("tech", 0, 90))));
        assertEquals(OptionalDouble.empty(), StageScore.total(List.of()));
    }
}
