package io.interviews.evaluation;

import io.interviews.events.Band;
import io.interviews.events.Candidate;
import io.interviews.events.DimensionRating;
import io.interviews.events.DimensionRescored;
import io.interviews.events.Exchange;
import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewRescored;
import io.interviews.events.InterviewScored;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageRescored;
import io.interviews.events.StageResult;
import io.interviews.events.StageScore;
import io.interviews.stage.rubric.Scorecard;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a re-score is put together from a live score and a stage grader, without a broker or a brain. */
class RescoringTest {

    private static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");
    private static final UUID INTERVIEW = UUID.fromString("4f7d1c2e-8a9b-4c3d-9e1f-2a3b4c5d6e7f");
    private static final List<Exchange> TRANSCRIPT = List.of(new Exchange("hr-1", "Why us?", false, "Because.", AT));

    /** hr re-graded by a new rubric that drops culture-fit and adds curiosity; tech has no new rubric. */
    private static final Rescoring.StageGrader NEW_HR = (stage, language, transcript) -> new Scorecard(45.0,
            List.of(rating("motivation", 2, "rubric"), rating("curiosity", 2, "rubric")), List.of("a reason"));

    @Test
    void aStageWithoutANewRubricKeepsItsLiveResultAndTheDimensionsPairById() {
        InterviewRescored rescored = new Rescoring(Map.of("hr", "hr-v2"), NEW_HR, "rubric").rescore(live(), AT);

        StageRescored tech = rescored.stages().get(0);
        assertEquals(List.of("tech", "tech-v1", 80.0, "tech-v1", 80.0),
                List.of(tech.stage(), tech.liveRubricVersion(), tech.liveScore(), tech.rescoredRubricVersion(),
                        tech.rescoredScore()));
        tech.dimensions().forEach(dimension -> assertEquals(dimension.live(), dimension.rescored()));

        StageRescored hr = rescored.stages().get(1);
        assertEquals("hr-v2", hr.rescoredRubricVersion());
        assertEquals(List.of("a reason"), hr.rescoredReviewReasons());
        assertEquals(List.of("motivation", "curiosity", "culture-fit"),
                hr.dimensions().stream().map(DimensionRescored::dimension).toList());
        assertNull(hr.dimensions().get(1).live(), "only the new rubric rates curiosity");
        assertNull(hr.dimensions().get(2).rescored(), "the new rubric dropped culture-fit");
        assertEquals(4, hr.dimensions().get(0).live().rating());
        assertEquals(2, hr.dimensions().get(0).rescored().rating());
    }

    @Test
    void theTotalIsPlanWeightedOverTheStagesWithAResultAndBandedAgain() {
        InterviewRescored rescored = new Rescoring(Map.of("hr", "hr-v2"), NEW_HR, "rubric").rescore(live(), AT);

        assertEquals(82.0, rescored.liveTotal());
        assertEquals(Band.HIRE, rescored.liveBand());
        // boss is planned but has no result: the total covers tech (0.4) and hr (0.3)
        assertEquals(Math.round((0.4 * 80 + 0.3 * 45) / 0.7 * 10) / 10.0, rescored.rescoredTotal());
        assertEquals(Band.BORDERLINE, rescored.rescoredBand());
        assertTrue(rescored.bandChanged());
    }

    @Test
    void theEventIdDependsOnTheInterviewTheBrainAndTheNewVersionsOnly() {
        InterviewRescored first = new Rescoring(Map.of("hr", "hr-v2"), NEW_HR, "rubric").rescore(live(), AT);
        InterviewRescored again = new Rescoring(Map.of("hr", "hr-v2"), NEW_HR, "rubric").rescore(live(), AT.plusSeconds(60));
        InterviewRescored otherBrain = new Rescoring(Map.of("hr", "hr-v2"), NEW_HR, "openai").rescore(live(), AT);
        InterviewRescored otherVersion = new Rescoring(Map.of("hr", "hr-v3"), NEW_HR, "rubric").rescore(live(), AT);

        assertEquals(first.eventId(), again.eventId());
        assertNotEquals(first.eventId(), otherBrain.eventId());
        assertNotEquals(first.eventId(), otherVersion.eventId());
    }

    private static InterviewScored live() {
        StageResult tech = new StageResult("tech", "tech-v1", 80.0, List.of(rating("system-design", 4, "openai")),
                TRANSCRIPT, false, List.of(), AT, AT);
        StageResult hr = new StageResult("hr", "hr-v1", 85.0,
                List.of(rating("motivation", 4, "rubric"), rating("culture-fit", 4, "rubric")), TRANSCRIPT, false,
                List.of(), AT, AT);
        InterviewContext context = new InterviewContext(new Candidate("A", "a@example.com"),
                new Position("Engineer", "mid", "Remote"), Language.EN,
                List.of(new PlannedStage("tech", 0.4), new PlannedStage("hr", 0.3), new PlannedStage("boss", 0.3)));
        return new InterviewScored(UUID.randomUUID(), INTERVIEW, AT, context,
                List.of(new StageScore("tech", 0.4, 80.0), new StageScore("hr", 0.3, 85.0)), 82.0, Band.HIRE, "Hire",
                true, List.of(tech, hr), List.of());
    }

    private static DimensionRating rating(String dimension, int rating, String brain) {
        return new DimensionRating(dimension, rating, 0.5, List.of("Because."), "", true, brain);
    }
}
