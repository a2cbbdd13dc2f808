package io.interviews.scoring.service;

import io.interviews.events.Band;
import io.interviews.events.BandThresholds;
import io.interviews.events.DimensionRating;
import io.interviews.events.PlannedStage;
import io.interviews.events.StageResult;
import io.interviews.events.StageScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorecardCalculatorTest {

    private static final List<PlannedStage> DEFAULT_PLAN =
            List.of(new PlannedStage("tech", 0.4), new PlannedStage("hr", 0.3), new PlannedStage("boss", 0.3));

    private static final double CLOSE_CALL = 5;

    private final ScorecardCalculator calculator = new ScorecardCalculator(BandThresholds.DEFAULT, CLOSE_CALL);

    @Test
    void totalIsThePlanWeightedMeanOfStageScores() {
        InterviewAssessment assessment = calculator.assess(DEFAULT_PLAN,
                List.of(result("tech", 82), result("hr", 75), result("boss", 68)));

        // 0.4·82 + 0.3·75 + 0.3·68 = 75.7
        assertEquals(75.7, assessment.total());
        assertEquals(Band.CONSIDER, assessment.band());
        assertEquals("Consider", assessment.recommendation());
        assertFalse(assessment.needsReview());
        assertEquals(List.of(new StageScore("tech", 0.4, 82), new StageScore("hr", 0.3, 75),
                new StageScore("boss", 0.3, 68)), assessment.stageScores());
        assertEquals(List.of(), assessment.missingStages());
    }

    @Test
    void unnormalisedWeightsAreDividedByTheirSum() {
        List<PlannedStage> plan = List.of(new PlannedStage("tech", 2), new PlannedStage("hr", 1),
                new PlannedStage("coding", 1));

        InterviewAssessment assessment = calculator.assess(plan,
                List.of(result("tech", 90), result("hr", 60), result("coding", 70)));

        // (2·90 + 60 + 70) / 4 = 77.5
        assertEquals(77.5, assessment.total());
    }

    @Test
    void totalIsRoundedToOneDecimal() {
        List<PlannedStage> plan = List.of(new PlannedStage("tech", 1), new PlannedStage("hr", 1),
                new PlannedStage("boss", 1));

        InterviewAssessment assessment = calculator.assess(plan,
                List.of(result("tech", 70), result("hr", 70), result("boss", 71)));

        // 211 / 3 = 70.333…
        assertEquals(70.3, assessment.total());
    }

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({
            "0,    NO_HIRE",
            "59.9, NO_HIRE",
            "60,   BORDERLINE",
            "69.9, BORDERLINE",
            "70,   CONSIDER",
            "79.9, CONSIDER",
            "80,   HIRE",
            "89.9, HIRE",
            "90,   STRONG_HIRE",
            "100,  STRONG_HIRE"})
    void bandEdgesFollowTheDesign(double total, Band band) {
        InterviewAssessment assessment = onlyStage(calculator, total);

        assertEquals(total, assessment.total());
        assertEquals(band, assessment.band());
    }

    @Test
    void bandFollowsTheRoundedTotal() {
        // 59.96 is reported as 60.0, so it must be banded as 60.0
        InterviewAssessment assessment = onlyStage(calculator, 59.96);

        assertEquals(60.0, assessment.total());
        assertEquals(Band.BORDERLINE, assessment.band());
    }

    @Test
    void borderlineBandAlwaysNeedsHumanReview() {
        InterviewAssessment assessment = calculator.assess(DEFAULT_PLAN,
                List.of(result("tech", 65), result("hr", 65), result("boss", 65)));

        assertEquals(Band.BORDERLINE, assessment.band());
        assertTrue(assessment.needsReview());
        assertEquals("Borderline: human review required", assessment.recommendation());
    }

    @ParameterizedTest(name = "a no-hire at {0} goes to a person: {1}")
    @CsvSource({
            "59.9, true",
            "55,   true",
            "54.9, false",
            "20,   false"})
    void aRejectionCloseToTheOfferLineGoesToAPerson(double total, boolean closeCall) {
        InterviewAssessment assessment = onlyStage(calculator, total);

        assertEquals(Band.NO_HIRE, assessment.band());
        assertEquals(closeCall, assessment.needsReview());
        assertEquals(closeCall ? "No hire, close to the offer line: human review required" : "No hire",
                assessment.recommendation());
    }

    @Test
    void aCloseCallIsMeasuredFromTheConfiguredOfferLine() {
        ScorecardCalculator strict = new ScorecardCalculator(new BandThresholds(95, 85, 75, 65), 2);

        assertTrue(onlyStage(strict, 63).needsReview());
        assertFalse(onlyStage(strict, 62.9).needsReview());
    }

    @Test
    void aNegativeCloseCallMarginIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ScorecardCalculator(BandThresholds.DEFAULT, -1));
    }

    @Test
    void aStageFlaggedForReviewFlagsTheInterview() {
        StageResult flagged = new StageResult("hr", "hr-en-1", 95, List.of(), List.of(), true,
                List.of("The model's grade of hr-2 was unreadable twice."), Instant.EPOCH, Instant.EPOCH);

        InterviewAssessment assessment = calculator.assess(DEFAULT_PLAN,
                List.of(result("tech", 95), flagged, result("boss", 95)));

        assertEquals(Band.STRONG_HIRE, assessment.band());
        assertTrue(assessment.needsReview());
        assertEquals("Strong hire; human review required for hr", assessment.recommendation());
    }

    @Test
    void aMissingStageFlagsTheInterviewInsteadOfDefaultingItsScore() {
        InterviewAssessment assessment = calculator.assess(DEFAULT_PLAN,
                List.of(result("tech", 80), result("boss", 90)));

        assertTrue(assessment.needsReview());
        assertEquals(List.of("hr"), assessment.missingStages());
        assertEquals("Incomplete interview (no result for hr): human review required", assessment.recommendation());
        // only the stages with a result count: (0.4·80 + 0.3·90) / 0.7 = 84.3; no score is invented for hr
        assertEquals(List.of("tech", "boss"), assessment.stageScores().stream().map(StageScore::stage).toList());
        assertEquals(84.3, assessment.total());
    }

    @Test
    void anInterviewWithoutAnyPlannedResultCannotBeScored() {
        UnscorableInterviewException refused = assertThrows(UnscorableInterviewException.class,
                () -> calculator.assess(DEFAULT_PLAN, List.of()));
        assertTrue(refused.getMessage().contains("no weighted result"), refused.getMessage());
    }

    @Test
    void aStageScoreOutsideTheScaleIsRejected() {
        UnscorableInterviewException refused = assertThrows(UnscorableInterviewException.class,
                () -> calculator.assess(DEFAULT_PLAN,
                        List.of(result("tech", 420), result("hr", 70), result("boss", 70))));
        assertTrue(refused.getMessage().contains("outside 0–100"), refused.getMessage());
    }

    @Test
    void bandBoundsMustRise() {
        assertThrows(IllegalArgumentException.class, () -> new BandThresholds(90, 70, 80, 60));
    }

    @Test
    void configuredBandBoundsMoveTheEdges() {
        ScorecardCalculator strict = new ScorecardCalculator(new BandThresholds(95, 85, 75, 65), CLOSE_CALL);

        InterviewAssessment assessment = onlyStage(strict, 64.9);

        assertEquals(Band.NO_HIRE, assessment.band());
    }

    /** The assessment of an interview whose plan is one stage, scored {@code score}. */
    private static InterviewAssessment onlyStage(ScorecardCalculator calculator, double score) {
        return calculator.assess(List.of(new PlannedStage("tech", 1)), List.of(result("tech", score)));
    }

    private static StageResult result(String stage, double score) {
        DimensionRating rating = new DimensionRating("depth", 4, 1, List.of("I built it"), "solid", true, "rubric");
        return new StageResult(stage, stage + "-en-1", score, List.of(rating), List.of(), false, List.of(),
                Instant.EPOCH, Instant.EPOCH);
    }
}
