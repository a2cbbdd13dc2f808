package io.interviews.stage.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.events.AnswerSubmitted;
import io.interviews.events.EventCodec;
import io.interviews.events.Exchange;
import io.interviews.events.QuestionAsked;
import io.interviews.events.RescoreRequested;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageRegraded;
import io.interviews.events.StageResult;
import io.interviews.events.Topics;
import io.interviews.kit.Inbox;
import io.interviews.kit.Outbox;
import io.interviews.stage.code.CodeRun;
import io.interviews.stage.repository.ModelCallRecord;
import io.interviews.stage.repository.QuestionGradeRecord;
import io.interviews.stage.repository.SessionExchange;
import io.interviews.stage.repository.StageSession;
import io.interviews.stage.rubric.Ask;
import io.interviews.stage.rubric.Question;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs this stage's interviews: opens a session when the plan reaches the stage, takes the candidate's answers
 * question by question and, after the last one, hands the scored stage on; on a recruiter's request, grades a
 * completed transcript again. Every state change and the event it causes share one transaction (outbox). The brain
 * thinks between transactions: no database connection is held while a model answers or a snippet runs.
 */
@ApplicationScoped
public class StageInterviewService {

    private static final Logger LOG = Logger.getLogger(StageInterviewService.class);
    private static final TypeReference<List<CodeRun>> CODE_RUNS = new TypeReference<>() {
    };
    private static final TypeReference<List<Judgement>> JUDGEMENTS = new TypeReference<>() {
    };
    private static final TypeReference<List<ModelCall>> CALLS = new TypeReference<>() {
    };

    @Inject Interviewer interviewer;
    @Inject SnippetRunner snippets;
    @Inject Outbox outbox;
    @Inject Inbox inbox;
    @Inject ObjectMapper json;

    public String stage() {
        return interviewer.stage();
    }

    /**
     * Starts this stage for the interview and asks the first question, if the plan of {@code previous} says this
     * stage runs next: once per event ({@code consumer}'s inbox entry; none for another stage's event), in the
     * caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(StageCompleted previous, String consumer) {
        if (!runsAfter(previous) || !inbox.firstDelivery(previous, consumer)) {
            return;
        }
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
        LOG.infof("Interview %s started stage %s (%s brain)", previous.interviewId(), stage(), interviewer.brain());
    }

    /** Whether the plan of {@code completed} says this stage runs next. */
    private boolean runsAfter(StageCompleted completed) {
        return completed.nextStage().filter(stage()::equals).isPresent();
    }

    /**
     * Records the answer to the open question, then asks the next question or completes the stage. Reads the
     * session, lets the brain decide outside any transaction, then commits the exchange, the decision and the
     * inbox entry together; a finished question is graded afterwards, when the candidate already has the next one.
     */
    @Transactional(Transactional.TxType.NEVER)
    public void answer(AnswerSubmitted answer, String consumer) {
        Optional<InterviewState> pending = QuarkusTransaction.requiringNew().call(() -> pendingState(answer));
        if (pending.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> inbox.firstDelivery(answer, consumer));
            return;
        }
        InterviewState before = pending.get();
        Ask answered = before.answered();
        Exchange exchange = new Exchange(answered.questionId(), answered.text(), answered.followUp(), answer.text(),
                answer.occurredAt());
        InterviewState after = before.with(new AnsweredQuestion(exchange, snippets.runAll(answer.text())));
        Turn turn = interviewer.next(after);
        Optional<StageGrade> grade = turn.next().isEmpty() ? Optional.of(interviewer.grade(after)) : Optional.empty();

        boolean committed = QuarkusTransaction.requiringNew().call(() -> commit(answer, consumer, after, turn, grade));
        boolean movedOn = turn.next().filter(next -> !next.followUp()).isPresent();
        if (committed && movedOn) {
            String finished = Question.mainQuestionId(answered.questionId());
            interviewer.gradeQuestion(after, finished).ifPresent(questionGrade ->
                    QuarkusTransaction.requiringNew().run(() -> store(after.interviewId(), after.transcript().size(), questionGrade)));
        }
    }

    private Optional<InterviewState> pendingState(AnswerSubmitted answer) {
        Optional<StageSession> found = StageSession.find(answer.interviewId(), stage());
        if (found.isEmpty()) {
            LOG.warnf("Interview %s has no %s session; answer %s ignored", answer.interviewId(), stage(), answer.eventId());
            return Optional.empty();
        }
        StageSession session = found.get();
        if (!session.isOpen() || !answer.questionId().equals(session.openQuestionId)) {
            LOG.warnf("Answer %s of interview %s is for %s but the open %s question is %s; ignored", answer.eventId(),
                    answer.interviewId(), answer.questionId(), stage(), session.isOpen() ? session.openQuestionId : "none");
            return Optional.empty();
        }
        Map<String, QuestionGrade> grades = new LinkedHashMap<>();
        QuestionGradeRecord.ofSession(session.id).forEach(record -> grades.put(record.questionId, grade(record)));
        return Optional.of(state(session, session.openQuestion(), grades));
    }

    /** The session as a brain sees it: its transcript with the code runs, and {@code grades} as the grades so far. */
    private InterviewState state(StageSession session, Ask answered, Map<String, QuestionGrade> grades) {
        List<AnsweredQuestion> transcript = session.exchanges.stream()
                .map(row -> new AnsweredQuestion(row.toExchange(), codeRuns(row))).toList();
        return new InterviewState(session.interviewId, session.language, answered, transcript, session.notes, grades,
                session.version);
    }

    private boolean commit(AnswerSubmitted answer, String consumer, InterviewState after, Turn turn,
                           Optional<StageGrade> grade) {
        if (!inbox.firstDelivery(answer, consumer)) {
            return false;
        }
        StageSession session = StageSession.find(answer.interviewId(), stage()).orElseThrow();
        if (session.version != after.version() || !answer.questionId().equals(session.openQuestionId)) {
            LOG.warnf("Session of interview %s changed while answer %s was considered; answer ignored",
                    answer.interviewId(), answer.eventId());
            return false;
        }
        AnsweredQuestion latest = after.latest();
        session.record(latest.exchange(), latest.codeRuns().isEmpty() ? null : write(latest.codeRuns()));
        session.notes = turn.notes();
        int turnNumber = after.transcript().size();
        turn.calls().forEach(call -> recordCall(session.id, turnNumber, call));
        if (turn.next().isPresent()) {
            session.ask(turn.next().get());
            outbox.add(Topics.QUESTIONS, questionAsked(session.interviewId, turn.next().get()));
        } else {
            complete(session, grade.orElseThrow(), turnNumber);
        }
        return true;
    }

    private void complete(StageSession session, StageGrade grade, int turnNumber) {
        grade.grades().forEach(questionGrade -> saveGrade(session.id, turnNumber, questionGrade));
        Instant completedAt = Instant.now();
        StageResult result = new StageResult(stage(), interviewer.rubricVersion(), grade.score(), grade.ratings(),
                session.transcript(), grade.needsReview(), grade.reviewReasons(), session.startedAt, completedAt);
        StageCompleted previous = EventCodec.decode(session.previousEvent, StageCompleted.class);
        session.complete(completedAt);
        outbox.add(Topics.STAGE_COMPLETED, previous.next(result));
        LOG.infof("Interview %s completed stage %s: score %.1f%s", session.interviewId, stage(), grade.score(),
                grade.needsReview() ? " (needs review)" : "");
    }

    /**
     * Grades this stage's completed transcript of the interview again with the brain and rubric it runs now, and
     * publishes the outcome beside the live one on {@code interview.rescores}, once per request (inbox). The stored
     * question grades are left out, so the current brain grades every question itself; nothing of the session (its
     * grades, model calls) changes. An interview without a completed session here gets no answer. As
     * {@link #answer}: read in one short transaction, graded outside any, published in another.
     */
    @Transactional(Transactional.TxType.NEVER)
    public void regrade(RescoreRequested request, String consumer) {
        Optional<InterviewState> completed = QuarkusTransaction.requiringNew().call(() -> completedSession(request));
        if (completed.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> inbox.firstDelivery(request, consumer));
            return;
        }
        StageGrade grade = interviewer.grade(completed.get());
        StageRegraded regraded = new StageRegraded(
                StageRegraded.eventIdOf(request.rescoreId(), request.interviewId(), stage()), request.interviewId(),
                Instant.now(), request.rescoreId(), stage(), interviewer.rubricVersion(), interviewer.brain(),
                grade.score(), grade.ratings(), grade.reviewReasons());
        boolean published = QuarkusTransaction.requiringNew().call(() -> {
            if (!inbox.firstDelivery(request, consumer)) {
                return false;
            }
            outbox.add(Topics.RESCORES, regraded);
            return true;
        });
        if (published) {
            LOG.infof("Interview %s regraded in stage %s for re-score %s: score %.1f (%s, %s brain)%s",
                    request.interviewId(), stage(), request.rescoreId(), grade.score(), interviewer.rubricVersion(),
                    interviewer.brain(), grade.needsReview() ? " (needs review)" : "");
        }
    }

    /** The completed transcript as the brain grades it, without the stored question grades. */
    private Optional<InterviewState> completedSession(RescoreRequested request) {
        Optional<StageSession> found = StageSession.find(request.interviewId(), stage());
        if (found.isEmpty() || found.get().isOpen()) {
            LOG.infof("Re-score %s: interview %s has %s; nothing to regrade", request.rescoreId(), request.interviewId(),
                    found.isEmpty() ? "no " + stage() + " session (its plan did not reach this stage, or it was erased)"
                            : "not completed stage " + stage() + " yet");
            return Optional.empty();
        }
        StageSession session = found.get();
        SessionExchange last = session.exchanges.get(session.exchanges.size() - 1);
        Ask lastAsked = new Ask(last.questionId, last.question, last.followUp, session.questionNumber,
                session.plannedQuestions);
        return Optional.of(state(session, lastAsked, Map.of()));
    }

    private void store(UUID interviewId, int turnNumber, QuestionGrade questionGrade) {
        StageSession.find(interviewId, stage()).ifPresent(session -> saveGrade(session.id, turnNumber, questionGrade));
    }

    private void saveGrade(long sessionId, int turnNumber, QuestionGrade questionGrade) {
        if (QuestionGradeRecord.find("sessionId = ?1 and questionId = ?2", sessionId, questionGrade.questionId())
                .firstResultOptional().isPresent()) {
            return;
        }
        QuestionGradeRecord record = new QuestionGradeRecord();
        record.sessionId = sessionId;
        record.questionId = questionGrade.questionId();
        record.outcome = questionGrade.outcome().name();
        record.judgements = write(questionGrade.judgements());
        record.detail = questionGrade.detail();
        record.calls = write(questionGrade.calls());
        record.gradedAt = Instant.now();
        record.persist();
        questionGrade.calls().forEach(call -> recordCall(sessionId, turnNumber, call));
    }

    private static void recordCall(long sessionId, int turnNumber, ModelCall call) {
        ModelCallRecord record = new ModelCallRecord();
        record.sessionId = sessionId;
        record.turn = turnNumber;
        record.task = call.task();
        record.outcome = call.outcome();
        record.inputTokens = call.inputTokens();
        record.outputTokens = call.outputTokens();
        record.millis = call.millis();
        record.calledAt = Instant.now();
        record.persist();
    }

    private QuestionGrade grade(QuestionGradeRecord record) {
        return new QuestionGrade(record.questionId, QuestionGrade.Outcome.valueOf(record.outcome),
                read(record.judgements, JUDGEMENTS), record.detail, read(record.calls, CALLS));
    }

    private List<CodeRun> codeRuns(SessionExchange row) {
        return row.codeRuns == null ? List.of() : read(row.codeRuns, CODE_RUNS);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored " + type.getType() + ": " + value, e);
        }
    }

    private QuestionAsked questionAsked(UUID interviewId, Ask ask) {
        return QuestionAsked.of(interviewId, stage(), ask.questionId(), ask.text(), ask.followUp(), ask.number(),
                ask.plannedQuestions());
    }
}
