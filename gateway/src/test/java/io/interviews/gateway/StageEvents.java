package io.interviews.gateway;

import io.interviews.events.Band;
import io.interviews.events.InterviewScored;
import io.interviews.events.Language;
import io.interviews.events.LetterDrafted;
import io.interviews.events.LetterKind;
import io.interviews.events.PlannedStage;
import io.interviews.events.SalaryRange;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageResult;
import io.interviews.events.StageScore;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Events the interviewer, scoring and offer services would emit for an interview with the default plan. */
public final class StageEvents {

    private StageEvents() {
    }

    public static StageCompleted intake(UUID interviewId) {
        return StageCompleted.intake(interviewId, TestInterviews.defaultContext());
    }

    public static StageCompleted completed(StageCompleted previous, String stage, double score) {
        return flagged(previous, stage, score, List.of());
    }

    /** The stage completed and, unless {@code reviewReasons} is empty, flagged for a person's review. */
    public static StageCompleted flagged(StageCompleted previous, String stage, double score,
                                         List<String> reviewReasons) {
        Instant now = Instant.now();
        return previous.next(new StageResult(stage, stage + "-rubric-v1", score, List.of(), List.of(),
                !reviewReasons.isEmpty(), reviewReasons, now.minusSeconds(600), now));
    }

    public static InterviewScored scored(StageCompleted last) {
        return scored(last, Band.HIRE);
    }

    private static InterviewScored scored(StageCompleted last, Band band) {
        List<StageScore> scores = last.context().plan().stream()
                .map(planned -> new StageScore(planned.stage(), planned.weight(), last.results().stream()
                        .filter(result -> result.stage().equals(planned.stage()))
                        .findFirst().orElseThrow().score()))
                .toList();
        double total = StageScore.total(scores).orElseThrow();
        return new InterviewScored(UUID.randomUUID(), last.interviewId(), Instant.now(), last.context(), scores, total,
                band, band.name().toLowerCase(Locale.ROOT).replace('_', ' '), false, last.results(), List.of());
    }

    /** The score a letter of {@code kind} is drafted from: every planned stage at 82 (offer) or 48 (feedback). */
    public static InterviewScored scored(UUID interviewId, LetterKind kind) {
        double score = kind == LetterKind.OFFER ? 82 : 48;
        StageCompleted last = intake(interviewId);
        for (PlannedStage planned : last.context().plan()) {
            last = completed(last, planned.stage(), score);
        }
        return scored(last, kind == LetterKind.OFFER ? Band.HIRE : Band.NO_HIRE);
    }

    /** The salary of every drafted test offer: GBP 70,000 in a 65,000–80,000 window. */
    public static final SalaryRange OFFERED_SALARY = new SalaryRange("GBP", 70_000, 65_000, 80_000);

    /** The letter drafted from {@link #scored(UUID, LetterKind)}, as if the stages and the scoring had run. */
    public static LetterDrafted drafted(UUID interviewId, LetterKind kind) {
        InterviewScored scored = scored(interviewId, kind);
        String markdown = kind == LetterKind.OFFER
                ? "# Offer\n\nDear Ada Lovelace, we are pleased to offer you the role at GBP 70,000 a year."
                : "# Your application\n\nDear Ada Lovelace, thank you for your time. Areas to develop: …";
        return new LetterDrafted(UUID.randomUUID(), interviewId, Instant.now(), kind, Language.EN, scored.total(),
                scored.band(), markdown, kind == LetterKind.OFFER ? OFFERED_SALARY : null);
    }

    public static LetterDrafted offer(InterviewScored scored) {
        return new LetterDrafted(UUID.randomUUID(), scored.interviewId(), Instant.now(), LetterKind.OFFER, Language.EN,
                scored.total(), scored.band(), "# Offer\n\nDear Ada Lovelace, we are pleased to offer you the role.",
                OFFERED_SALARY);
    }
}
