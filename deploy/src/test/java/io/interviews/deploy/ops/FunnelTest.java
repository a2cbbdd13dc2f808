package io.interviews.deploy.ops;

import io.interviews.events.Band;
import io.interviews.events.InterviewEvent;
import io.interviews.events.LetterKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Funnel#of}: the counts, the stall rules at their boundaries and the percentiles, without a broker. */
class FunnelTest {

    private static final Instant BASE = Instant.parse("2026-03-02T09:00:00Z");
    private static final Funnel.StallRules RULES = Funnel.StallRules.GATEWAY_DEFAULTS;

    @Test
    void aHiringDayCountsEachStepOfTheInterviewsStartedInTheWindow() {
        Funnel funnel = Funnel.of(HiringDay.events(BASE), BASE, BASE.plus(Duration.ofHours(2)), RULES);

        assertEquals(6, funnel.started());
        assertEquals(Map.of("tech", 1, "hr", 1, "boss", 0), funnel.inStage());
        assertEquals(4, funnel.completed());
        assertEquals(Map.of(Band.STRONG_HIRE, 0, Band.HIRE, 1, Band.CONSIDER, 0, Band.BORDERLINE, 1, Band.NO_HIRE, 1),
                funnel.scoredByBand());
        assertEquals(1, funnel.sentToReview());
        assertEquals(2, funnel.offersSent());
        assertEquals(1, funnel.accepted());
        assertEquals(1, funnel.declined());
        assertEquals(stalled(1, 1, 1), funnel.stalled());
        assertEquals(Map.of(
                "tech", new Funnel.StageDurations(5, minutes(20), minutes(30)),
                "hr", new Funnel.StageDurations(4, minutes(10), minutes(15)),
                "boss", new Funnel.StageDurations(4, minutes(15), minutes(20))), funnel.stageDurations());
    }

    @Test
    void aStageStallsOnlyWhenTheSystemOwesTheMoveForTheStallTime() {
        InterviewEvents answered = new InterviewEvents(BASE);
        InterviewEvents asked = new InterviewEvents(BASE);
        List<InterviewEvent> events = List.of(answered.intake(0), answered.question("tech", 1), answered.answer("tech", 3),
                asked.intake(0), asked.question("tech", 1));

        assertStallsFrom(events, answered.at(5), stalled(1, 0, 0));
        assertEquals(stalled(1, 0, 0), stalledAsOf(events, answered.at(600)));
    }

    @Test
    void anErasedInterviewIsLeftOutAsTheServicesForgotIt() {
        InterviewEvents erased = new InterviewEvents(BASE);
        InterviewEvents kept = new InterviewEvents(BASE);
        List<InterviewEvent> events = List.of(erased.intake(0), erased.question("tech", 1), erased.answer("tech", 3),
                erased.erased(4), kept.intake(0), kept.question("tech", 1), kept.answer("tech", 3));

        Funnel funnel = Funnel.of(events, BASE, erased.at(600), RULES);
        assertEquals(1, funnel.started());
        assertEquals(stalled(1, 0, 0), funnel.stalled());
    }

    @Test
    void aLetterOwedAfterTheStagesOrAfterTheRecruitersDecisionStallsAfterTheLetterStallTime() {
        InterviewEvents unscored = new InterviewEvents(BASE);
        InterviewEvents decided = new InterviewEvents(BASE);
        List<InterviewEvent> events = new ArrayList<>(unscored.allStages(0, 10, 10, 10));
        events.addAll(decided.allStages(0, 5, 5, 5));
        events.addAll(List.of(decided.scored(Band.HIRE, false, 16), decided.drafted(LetterKind.OFFER, 17),
                decided.approved(28)));

        assertStallsFrom(events, unscored.at(33), stalled(0, 0, 1));
        assertEquals(stalled(0, 1, 1), stalledAsOf(events, unscored.at(35)));
    }

    @Test
    void theWindowCountsOnlyInterviewsWhoseIntakeIsInIt() {
        InterviewEvents before = new InterviewEvents(BASE);
        InterviewEvents atTheStart = new InterviewEvents(BASE);
        List<InterviewEvent> events = List.of(before.intake(-1), before.completed("tech", 5), atTheStart.intake(0));

        Funnel funnel = Funnel.of(events, BASE, BASE.plus(Duration.ofMinutes(1)), RULES);

        assertEquals(1, funnel.started());
        assertEquals(Map.of("tech", 1, "hr", 0, "boss", 0), funnel.inStage());
        assertEquals(Map.of(), funnel.stageDurations());
    }

    /** Nothing is stalled a millisecond before {@code moment}; at it, {@code stalled}. */
    private static void assertStallsFrom(List<InterviewEvent> events, Instant moment, Map<String, Integer> stalled) {
        assertEquals(stalled(0, 0, 0), stalledAsOf(events, moment.minusMillis(1)));
        assertEquals(stalled, stalledAsOf(events, moment));
    }

    private static Map<String, Integer> stalledAsOf(List<InterviewEvent> events, Instant asOf) {
        return Funnel.of(events, BASE, asOf, RULES).stalled();
    }

    /** Stalled interviews on the tech stage, the scoring-service and the offer-service (none on hr and boss). */
    private static Map<String, Integer> stalled(int tech, int scoring, int offer) {
        return Map.of("tech", tech, "hr", 0, "boss", 0, "scoring-service", scoring, "offer-service", offer);
    }

    private static Duration minutes(int minutes) {
        return Duration.ofMinutes(minutes);
    }
}
