package io.interviews.deploy.ops;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.Band;
import io.interviews.events.Candidate;
import io.interviews.events.CandidateResponded;
import io.interviews.events.InterviewConcluded;
import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewErased;
import io.interviews.events.InterviewScored;
import io.interviews.events.Language;
import io.interviews.events.LetterDrafted;
import io.interviews.events.LetterKind;
import io.interviews.events.LetterSent;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.QuestionAsked;
import io.interviews.events.RecruiterDecided;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageResult;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The events of one interview with the default plan (tech, hr, boss), each at a chosen time: minutes after a base
 * moment. Only what the timeline and the funnel read is filled in.
 */
final class InterviewEvents {

    static final InterviewContext CONTEXT = new InterviewContext(new Candidate("Ada Lovelace", "ada@example.com"),
            new Position("Backend Engineer", "senior", "London"), Language.EN,
            List.of(new PlannedStage("tech", 0.4), new PlannedStage("hr", 0.3), new PlannedStage("boss", 0.3)));

    final UUID interviewId = UUID.randomUUID();
    private final Instant base;

    InterviewEvents(Instant base) {
        // record times have millisecond precision
        this.base = base.truncatedTo(ChronoUnit.MILLIS);
    }

    Instant at(int minutes) {
        return base.plus(Duration.ofMinutes(minutes));
    }

    StageCompleted intake(int minute) {
        return new StageCompleted(UUID.randomUUID(), interviewId, at(minute), CONTEXT, StageCompleted.INTAKE, List.of());
    }

    /** The stage's completion; its result carries a score and no transcript. */
    StageCompleted completed(String stage, int minute) {
        StageResult result = new StageResult(stage, stage + "-en-1", 80.0, List.of(), List.of(), false, List.of(),
                at(minute), at(minute));
        return new StageCompleted(UUID.randomUUID(), interviewId, at(minute), CONTEXT, stage, List.of(result));
    }

    QuestionAsked question(String stage, int minute) {
        return new QuestionAsked(UUID.randomUUID(), interviewId, at(minute), stage, stage + "-1", "Tell me about it.",
                false, 1, 3);
    }

    AnswerSubmitted answer(String stage, int minute) {
        return new AnswerSubmitted(UUID.randomUUID(), interviewId, at(minute), stage, stage + "-1", "Here it is.");
    }

    /** Every stage completed: intake at {@code minute}, then tech, hr and boss after the given minutes each. */
    List<StageCompleted> allStages(int minute, int tech, int hr, int boss) {
        return List.of(intake(minute), completed("tech", minute + tech), completed("hr", minute + tech + hr),
                completed("boss", minute + tech + hr + boss));
    }

    InterviewScored scored(Band band, boolean needsReview, int minute) {
        return new InterviewScored(UUID.randomUUID(), interviewId, at(minute), CONTEXT, List.of(), 80.0, band,
                "as the band says", needsReview, List.of(), List.of());
    }

    LetterDrafted drafted(LetterKind kind, int minute) {
        return new LetterDrafted(UUID.randomUUID(), interviewId, at(minute), kind, Language.EN, 80.0, Band.HIRE,
                "# Letter", null);
    }

    RecruiterDecided approved(int minute) {
        return new RecruiterDecided(UUID.randomUUID(), interviewId, at(minute), RecruiterDecided.Decision.APPROVE, null,
                "Grace Hopper", null);
    }

    LetterSent sent(LetterKind kind, int minute) {
        return new LetterSent(UUID.randomUUID(), interviewId, at(minute), kind, Language.EN, "# Letter");
    }

    CandidateResponded responded(boolean accepted, int minute) {
        return new CandidateResponded(UUID.randomUUID(), interviewId, at(minute), accepted, null);
    }

    InterviewConcluded concluded(InterviewConcluded.Outcome outcome, int minute) {
        return new InterviewConcluded(UUID.randomUUID(), interviewId, at(minute), outcome, null);
    }

    InterviewErased erased(int minute) {
        return new InterviewErased(UUID.randomUUID(), interviewId, at(minute), InterviewErased.Reason.REQUEST);
    }
}
