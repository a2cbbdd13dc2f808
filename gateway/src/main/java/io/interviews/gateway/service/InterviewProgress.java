package io.interviews.gateway.service;

import io.interviews.events.DecisionRefused;
import io.interviews.events.InterviewConcluded;
import io.interviews.events.InterviewConcluded.Outcome;
import io.interviews.events.InterviewEvent;
import io.interviews.events.InterviewScored;
import io.interviews.events.LetterDrafted;
import io.interviews.events.LetterKind;
import io.interviews.events.LetterSent;
import io.interviews.events.QuestionAsked;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageResult;
import io.interviews.gateway.repository.Conclusion;
import io.interviews.gateway.repository.DraftedLetter;
import io.interviews.gateway.repository.Interview;
import io.interviews.gateway.repository.InterviewRepository;
import io.interviews.gateway.repository.InterviewStatus;
import io.interviews.gateway.repository.LetterAsSent;
import io.interviews.gateway.repository.LiveScore;
import io.interviews.gateway.repository.Question;
import io.interviews.gateway.repository.QuestionRepository;
import io.interviews.gateway.repository.RefusedDecision;
import io.interviews.gateway.service.InterviewUpdate.QuestionUpdate;
import io.interviews.gateway.service.InterviewUpdate.StatusUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The read model: what the interview topics say about each interview. Events of different topics may
 * arrive in any order, so every update only moves an interview forward (status never back, a completed
 * stage never current again) and a repeated event changes nothing. After each event it notes when it arrived
 * and whether the system or the candidate owes the next move ({@link Interview#trackWait}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InterviewProgress {

    private static final Logger LOG = Logger.getLogger(InterviewProgress.class);

    private final InterviewRepository interviews;
    private final QuestionRepository questions;
    private final InterviewUpdates updates;
    private final StalledInterviews stalls;
    private final InterviewMetrics metrics;

    InterviewProgress(InterviewRepository interviews, QuestionRepository questions, InterviewUpdates updates,
                      StalledInterviews stalls, InterviewMetrics metrics) {
        this.interviews = interviews;
        this.questions = questions;
        this.updates = updates;
        this.stalls = stalls;
        this.metrics = metrics;
    }

    /**
     * Applies an event of the progress or letter topics to its interview's locked row, then works out who owes the
     * next move. Any other event is refused: it has no place in the read model.
     */
    public void apply(InterviewEvent event) {
        Interview interview = interviews.findForUpdate(event.interviewId())
                .orElseThrow(() -> new UnknownInterviewException(event.interviewId()));
        String stageBefore = interview.currentStage;
        Instant waitedSince = interview.waitingSince;
        change(interview, event);
        Instant now = Instant.now();
        interview.lastEventAt = now;
        interview.trackWait(now, stageBefore);
        if (waitedSince != null && !waitedSince.equals(interview.waitingSince)) {
            stalls.waitEnded(interview, waitedSince, stageBefore);
        }
    }

    private void change(Interview interview, InterviewEvent event) {
        if (event instanceof QuestionAsked asked) {
            showQuestion(interview, asked);
        } else if (event instanceof StageCompleted completed) {
            completeStage(interview, completed);
        } else if (event instanceof InterviewScored scored) {
            recordScore(interview, scored);
        } else if (event instanceof LetterDrafted drafted) {
            recordDraft(interview, drafted);
        } else if (event instanceof LetterSent sent) {
            recordSentLetter(interview, sent);
        } else if (event instanceof InterviewConcluded concluded) {
            recordConclusion(interview, concluded);
        } else if (event instanceof DecisionRefused refused) {
            reopenDecision(interview, refused);
        } else {
            throw new IllegalArgumentException("the read model takes no " + event.type());
        }
    }

    private void showQuestion(Interview interview, QuestionAsked event) {
        Question question = questions.findAsked(interview.id, event.questionId()).orElse(null);
        if (question == null) {
            question = new Question();
            question.interviewId = interview.id;
            question.questionId = event.questionId();
            question.stage = event.stage();
            question.text = event.text();
            question.followUp = event.followUp();
            question.number = event.number();
            question.plannedQuestions = event.plannedQuestions();
            question.askedAt = event.occurredAt();
            questions.persist(question);
        } else if (question.isAnswered()) {
            LOG.infof("Interview %s: question %s asked again after it was answered; ignored",
                    interview.id, event.questionId());
            return;
        }
        if (interview.status != InterviewStatus.IN_PROGRESS || interview.hasCompleted(event.stage())) {
            LOG.infof("Interview %s: question %s of stage %s arrived after the stage ended; not shown",
                    interview.id, event.questionId(), event.stage());
            return;
        }
        String stageBefore = interview.currentStage;
        interview.currentStage = event.stage();
        if (!event.questionId().equals(interview.openQuestionId)) {
            interview.openQuestionId = event.questionId();
            updates.announce(new QuestionUpdate(interview.id, OpenQuestion.of(question)));
        }
        if (!event.stage().equals(stageBefore)) {
            announceStatus(interview);
        }
    }

    private void completeStage(Interview interview, StageCompleted event) {
        if (StageCompleted.INTAKE.equals(event.stage())) {
            return; // the gateway emitted it at registration, which already set the first stage
        }
        event.results().stream().filter(result -> result.stage().equals(event.stage()))
                .reduce((earlier, later) -> later)
                .ifPresent(metrics::stageCompleted);
        if (interview.score == null) {
            // once scored, the results the score was computed from are kept; a late stage event changes nothing
            interview.recordStageResults(event.results(), true);
        }
        InterviewStatus statusBefore = interview.status;
        String stageBefore = interview.currentStage;
        Set<String> completed = new LinkedHashSet<>(interview.completedStages);
        event.results().stream().map(StageResult::stage).forEach(completed::add);
        completed.add(event.stage());
        interview.completedStages = List.copyOf(completed);
        if (event.completesPlan()) {
            interview.advanceTo(InterviewStatus.SCORING);
        }
        if (interview.status != InterviewStatus.IN_PROGRESS) {
            interview.currentStage = null;
        } else if (interview.currentStage == null || completed.contains(interview.currentStage)) {
            interview.currentStage = event.nextStage().orElse(null);
        }
        closeOpenQuestionOfEndedStage(interview);
        if (interview.status != statusBefore || !Objects.equals(interview.currentStage, stageBefore)) {
            announceStatus(interview);
        }
    }

    private void recordScore(Interview interview, InterviewScored event) {
        interview.score = LiveScore.of(event);
        interview.recordStageResults(event.results(), false);
        // a score means every stage is done, even if the last stage-completed event is still on its way
        advanceBeyondStages(interview, afterTheStages(interview));
    }

    private void recordDraft(Interview interview, LetterDrafted event) {
        if (interview.decision != null) {
            LOG.warnf("Interview %s: a letter drafted after the recruiter decided (%s); the decided draft is kept",
                    interview.id, interview.decision.decision());
            return;
        }
        interview.draft = DraftedLetter.of(event);
        advanceBeyondStages(interview, afterTheStages(interview));
    }

    /**
     * The scores and the letter arrive on two topics, in either order; the recruiter is asked to decide only once both
     * are there, so a letter is never shown for a decision without the scorecard it was drafted from.
     */
    private static InterviewStatus afterTheStages(Interview interview) {
        return interview.score != null && interview.draft != null
                ? InterviewStatus.AWAITING_DECISION : InterviewStatus.SCORING;
    }

    private void recordSentLetter(Interview interview, LetterSent event) {
        if (interview.sentLetter != null) {
            LOG.warnf("Interview %s: a second letter reported sent; the candidate keeps the first", interview.id);
            return;
        }
        interview.sentLetter = LetterAsSent.of(event);
        advanceBeyondStages(interview,
                event.kind() == LetterKind.OFFER ? InterviewStatus.OFFER_SENT : InterviewStatus.FEEDBACK_SENT);
    }

    private void recordConclusion(Interview interview, InterviewConcluded event) {
        if (interview.conclusion != null) {
            LOG.warnf("Interview %s: concluded again as %s; it stays %s", interview.id, event.outcome(),
                    interview.conclusion.outcome());
            return;
        }
        interview.conclusion = Conclusion.of(event);
        advanceBeyondStages(interview, event.outcome() == Outcome.HIRED ? InterviewStatus.HIRED
                : InterviewStatus.TALENT_POOL);
    }

    /**
     * The offer-service refused the recorded decision and changed nothing: the decision is cleared, so the recruiter
     * can decide again, and the refusal kept with its reason. A refusal of another decision than the recorded one
     * (an older one, or one sent around the gateway), or one arriving after the letter was sent, changes nothing.
     */
    private void reopenDecision(Interview interview, DecisionRefused event) {
        if (!event.decisionEventId().equals(interview.decisionEventId)
                || interview.status != InterviewStatus.AWAITING_DECISION) {
            LOG.infof("Interview %s: refusal of decision %s ignored (recorded decision %s, status %s): %s",
                    interview.id, event.decisionEventId(), interview.decisionEventId, interview.status,
                    event.reason());
            return;
        }
        LOG.infof("Interview %s: decision %s by %s refused, awaiting a new decision: %s", interview.id,
                interview.decision.decision(), interview.decision.recruiter(), event.reason());
        interview.refusedDecision = RefusedDecision.of(interview.decision, event);
        interview.decision = null;
        interview.decisionEventId = null;
    }

    /** Moves to a status that comes after every stage: no stage is current and no question is open. */
    private void advanceBeyondStages(Interview interview, InterviewStatus next) {
        if (interview.advanceTo(next)) {
            interview.currentStage = null;
            closeOpenQuestionOfEndedStage(interview);
            announceStatus(interview);
        }
    }

    /** Once the stage of the open question is over (or the interview is), nobody waits for its answer. */
    private void closeOpenQuestionOfEndedStage(Interview interview) {
        if (interview.openQuestionId == null) {
            return;
        }
        boolean stageOver = interview.status != InterviewStatus.IN_PROGRESS || questions
                .findAsked(interview.id, interview.openQuestionId)
                .map(question -> interview.hasCompleted(question.stage))
                .orElse(true);
        if (stageOver) {
            interview.openQuestionId = null;
        }
    }

    private void announceStatus(Interview interview) {
        updates.announce(new StatusUpdate(interview.id, interview.status, interview.currentStage));
    }
}
