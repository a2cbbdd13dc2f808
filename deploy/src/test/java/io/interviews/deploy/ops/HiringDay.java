package io.interviews.deploy.ops;

import io.interviews.events.Band;
import io.interviews.events.InterviewConcluded.Outcome;
import io.interviews.events.InterviewEvent;
import io.interviews.events.LetterKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Seven interviews around a base moment, two hours before {@code asOf}; six start in the window (at or after the
 * base), one ten minutes before it. Minutes after the base:
 * <pre>
 *   hired     intake 0, tech 10, hr 25, boss 40, HIRE, offer sent 51, accepted 60
 *   declined  intake 5, tech 25, hr 35, boss 55, BORDERLINE (review), offer sent 66, declined 70
 *   feedback  intake 10, tech 40, hr 50, boss 60, NO_HIRE, feedback drafted 62, approved 70, never sent: stalled (offer-service)
 *   answered  intake 20, tech question 21, answered 23, nothing since: stalled (tech)
 *   asked     intake 30, tech 50, hr question 51: in hr, the candidate's move
 *   unscored  intake 40, tech 50, hr 60, boss 80, no score: stalled (scoring-service)
 *   earlier   intake -10, tech 5: before the window, not counted
 * </pre>
 * Stage durations: tech 10, 20, 30, 20, 10 min (p50 20, p90 30); hr 15, 10, 10, 10 (p50 10, p90 15); boss 15, 20, 10,
 * 20 (p50 15, p90 20).
 */
final class HiringDay {

    private HiringDay() {
    }

    static List<InterviewEvent> events(Instant base) {
        List<InterviewEvent> events = new ArrayList<>();
        InterviewEvents hired = new InterviewEvents(base);
        events.addAll(hired.allStages(0, 10, 15, 15));
        events.addAll(List.of(hired.scored(Band.HIRE, false, 41), hired.drafted(LetterKind.OFFER, 42),
                hired.approved(50), hired.sent(LetterKind.OFFER, 51), hired.responded(true, 60),
                hired.concluded(Outcome.HIRED, 60)));

        InterviewEvents declined = new InterviewEvents(base);
        events.addAll(declined.allStages(5, 20, 10, 20));
        events.addAll(List.of(declined.scored(Band.BORDERLINE, true, 56), declined.drafted(LetterKind.OFFER, 57),
                declined.approved(65), declined.sent(LetterKind.OFFER, 66), declined.responded(false, 70),
                declined.concluded(Outcome.TALENT_POOL, 70)));

        InterviewEvents feedback = new InterviewEvents(base);
        events.addAll(feedback.allStages(10, 30, 10, 10));
        events.addAll(List.of(feedback.scored(Band.NO_HIRE, false, 61), feedback.drafted(LetterKind.FEEDBACK, 62),
                feedback.approved(70)));

        InterviewEvents answered = new InterviewEvents(base);
        events.addAll(List.of(answered.intake(20), answered.question("tech", 21), answered.answer("tech", 23)));

        InterviewEvents asked = new InterviewEvents(base);
        events.addAll(List.of(asked.intake(30), asked.completed("tech", 50), asked.question("hr", 51)));

        InterviewEvents unscored = new InterviewEvents(base);
        events.addAll(unscored.allStages(40, 10, 10, 20));

        InterviewEvents earlier = new InterviewEvents(base);
        events.addAll(List.of(earlier.intake(-10), earlier.completed("tech", 5)));
        return events;
    }
}
