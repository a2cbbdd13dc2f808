package io.interviews.events;

import java.util.List;

/** Every Kafka topic of the system; the README's topic table lists the same names. */
public final class Topics {

    /** {@link StageCompleted}: intake and each finished stage. */
    public static final String STAGE_COMPLETED = "interview.stage-completed";
    /** {@link QuestionAsked}: questions for the candidate. */
    public static final String QUESTIONS = "interview.questions";
    /** {@link AnswerSubmitted}: the candidate's answers. */
    public static final String ANSWERS = "interview.answers";
    /** {@link InterviewScored}: totals and bands. */
    public static final String SCORED = "interview.scored";
    /**
     * {@link LetterDrafted}, {@link LetterSent}, {@link InterviewConcluded} and {@link DecisionRefused}: letters,
     * outcomes and the recruiter decisions the offer-service refused.
     */
    public static final String LETTERS = "interview.letters";
    /** {@link RecruiterDecided} and {@link CandidateResponded}: people's decisions, accepted by the gateway. */
    public static final String DECISIONS = "interview.decisions";
    /**
     * {@link RescoreRequested} (the gateway, for a recruiter) and the stages' {@link StageRegraded} answers, which
     * scoring-service combines.
     */
    public static final String RESCORES = "interview.rescores";
    /**
     * {@link InterviewRescored}: scored interviews graded again with another rubric or brain, beside the live decision
     * (scoring-service, for a recruiter's re-score; or the evaluation's {@code rescore} command); the gateway keeps
     * those of recruiters' re-scores for their drift reports.
     */
    public static final String RESCORED = "interview.rescored";
    /**
     * {@link InterviewErased}: interviews whose personal data every service deletes (a candidate's request, or the
     * retention period); every service consumes it.
     */
    public static final String ERASURES = "interview.erasures";
    /** Records no consumer could process, with the reason in the {@code dead-letter-reason} header. */
    public static final String DEAD_LETTERS = "interview.dead-letters";

    public static final List<String> ALL = List.of(STAGE_COMPLETED, QUESTIONS, ANSWERS, SCORED, LETTERS, DECISIONS,
            RESCORES, RESCORED, ERASURES, DEAD_LETTERS);

    private Topics() {
    }
}
