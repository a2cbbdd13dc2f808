package io.interviews.stage.service;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.EventCodec;
import io.interviews.events.Exchange;
import io.interviews.events.QuestionAsked;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageResult;
import io.interviews.events.Topics;
import io.interviews.kit.Outbox;
import io.interviews.stage.repository.StageSession;
import io.interviews.stage.rubric.Ask;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.Scorecard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs this stage's interviews: opens a session when the plan reaches the stage, takes the candidate's answers
 * question by question and, after the last one, hands the scored stage on. Every state change and the event it
 * causes share one transaction (outbox).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StageInterviewService {

    private static final Logger LOG = Logger.getLogger(StageInterviewService.class);

    private final RubricInterviewer interviewer;
    private final Outbox outbox;

    StageInterviewService(RubricInterviewer interviewer, Outbox outbox) {
        this.interviewer = interviewer;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String stage() {
        return interviewer.stage();
    }

    /** Whether the plan of {@code completed} says this stage runs next. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean runsAfter(StageCompleted completed) {
        return completed.nextStage().filter(stage()::equals).isPresent();
    }

    /** Starts this stage for the interview and asks the first question. */
    public void open(StageCompleted previous) {
        if (StageSession.find(previous.interviewId(), stage()).isPresent()) {
            LOG.warnf("Interview %s already has a %s session; stage-completed %s ignored",
                    previous.interviewId(), stage(), previous.eventId());
            return;
        }
        Ask first = interviewer.opening(previous.context().language());
        StageSession session = StageSession.start(previous.interviewId(), stage(), previous.context().language(),
                EventCodec.encode(previous), Instant.now(), first);
        session.persist();
        outbox.add(Topics.QUESTIONS, questionAsked(session.interviewId, first));
        LOG.infof("Interview %s started stage %s", previous.interviewId(), stage());
    }

    /** Records the answer to the open question, then asks the next question or completes the stage. */
    public void answer(AnswerSubmitted answer) {
        Optional<StageSession> found = StageSession.find(answer.interviewId(), stage());
        if (found.isEmpty()) {
            LOG.warnf("Interview %s has no %s session; answer %s ignored", answer.interviewId(), stage(), answer.eventId());
            return;
        }
        StageSession session = found.get();
        if (!session.isOpen() || !answer.questionId().equals(session.openQuestionId)) {
            LOG.warnf("Answer %s of interview %s is for %s but the open %s question is %s; ignored", answer.eventId(),
                    answer.interviewId(), answer.questionId(), stage(), session.isOpen() ? session.openQuestionId : "none");
            return;
        }
        Ask answered = session.openQuestion();
        session.record(new Exchange(answered.questionId(), answered.text(), answered.followUp(), answer.text(),
                answer.occurredAt()));
        Optional<Ask> next = interviewer.next(session.language, answered, answer.text());
        if (next.isPresent()) {
            session.ask(next.get());
            outbox.add(Topics.QUESTIONS, questionAsked(session.interviewId, next.get()));
        } else {
            complete(session);
        }
    }

    private void complete(StageSession session) {
        List<Exchange> transcript = session.transcript();
        Scorecard scorecard = interviewer.scorecard(session.language, transcript);
        Instant completedAt = Instant.now();
        StageResult result = new StageResult(stage(), interviewer.rubricVersion(), scorecard.score(),
                scorecard.ratings(), transcript, scorecard.needsReview(), session.startedAt, completedAt);
        StageCompleted previous = EventCodec.decode(session.previousEvent, StageCompleted.class);
        session.complete(completedAt);
        outbox.add(Topics.STAGE_COMPLETED, previous.next(result));
        LOG.infof("Interview %s completed stage %s: score %.1f", session.interviewId, stage(), scorecard.score());
    }

    private QuestionAsked questionAsked(UUID interviewId, Ask ask) {
        return QuestionAsked.of(interviewId, stage(), ask.questionId(), ask.text(), ask.followUp(), ask.number(),
                ask.plannedQuestions());
    }
}
