package io.interviews.offer.service;

import io.interviews.events.DimensionRating;
import io.interviews.events.StageResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImprovementAreasTest {

    @Test
    void theThreeLowestRatedDimensionsAreSuggestedLowestFirst() {
        List<StageResult> results = List.of(
                stage("tech", rating("problem_solving", 2, 0.4, "Jumped to code before understanding the bug."),
                        rating("system_design", 1, 0.3, "Could not explain how the cache is invalidated."),
                        rating("code_quality", 4, 0.3, "Clean code.")),
                stage("hr", rating("teamwork", 3, 0.5, "Gave one example of pairing. Little else."),
                        rating("motivation", 2, 0.2, "Unclear why this role.")));

        List<ImprovementArea> areas = ImprovementAreas.from(results);

        assertEquals(List.of(
                new ImprovementArea("System design", "Could not explain how the cache is invalidated."),
                new ImprovementArea("Problem solving", "Jumped to code before understanding the bug."),
                new ImprovementArea("Motivation", "Unclear why this role.")), areas);
    }

    @Test
    void wellRatedDimensionsAreNotImprovementAreas() {
        List<ImprovementArea> areas = ImprovementAreas.from(List.of(
                stage("tech", rating("problem_solving", 4, 1, "Good."), rating("code_quality", 5, 1, "Great."))));

        assertEquals(List.of(), areas);
    }

    @Test
    void aDimensionRatedLowInTwoStagesIsSuggestedOnce() {
        List<ImprovementArea> areas = ImprovementAreas.from(List.of(
                stage("tech", rating("communication", 2, 1, "Hard to follow.")),
                stage("boss", rating("communication", 1, 1, "Did not answer the question."))));

        assertEquals(List.of(new ImprovementArea("Communication", "Did not answer the question.")), areas);
    }

    @Test
    void aReasonIsOneShortSentenceWithoutBrackets() {
        String rationale = "Mentioned [REDIS] only by name {no detail}. The candidate said \"I just restart it\".";
        assertEquals("Mentioned (REDIS) only by name (no detail).", ImprovementAreas.shortReason(rationale));
        assertEquals("缺少对缓存失效的说明。", ImprovementAreas.shortReason("缺少对缓存失效的说明。候选人说“重启就好”。"));

        String longReason = ImprovementAreas.shortReason("word ".repeat(60));
        assertTrue(longReason.length() <= 160 && longReason.endsWith("…"), longReason);
        assertEquals("", ImprovementAreas.shortReason(null));
    }

    private static StageResult stage(String stage, DimensionRating... ratings) {
        return new StageResult(stage, stage + "-en-1", 40, List.of(ratings), List.of(), false, List.of(),
                Instant.EPOCH, Instant.EPOCH);
    }

    private static DimensionRating rating(String dimension, int rating, double weight, String rationale) {
        return new DimensionRating(dimension, rating, weight, List.of("verbatim quote from " + dimension), rationale,
                true, "rubric");
    }
}
