package io.interviews.stage.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.events.AnswerSubmitted;
import io.interviews.events.EventCodec;
import io.interviews.events.Exchange;
import io.interviews.events.QuestionAsked;
import io.interviews.events.StageCompleted;
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
 * question by question and, after the last one, hands the scored stage on. Every state change and the event it
 * causes share one transaction (outbox). The brain thinks between transactions: no database connection is held
 * while a model answers or a snippet runs.
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

    private final Interviewer interviewer;
    private final SnippetRunner snippets;
    private final Outbox outbox;
    private final Inbox inbox;
    private final ObjectMapper json;

    StageInterviewService(Interviewer interviewer, SnippetRunner snippets, Outbox outbox, Inbox inbox, ObjectMapper json) {
        this.interviewer = interviewer;
        this.snippets = snippets;
        this.outbox = outbox;
        this.inbox = inbox;
        this.json = json;
    }

    public String stage() {
        return interviewer.stage();
    }

    /** Whether the plan of {@code completed} says this stage runs next. */
    public boolean runsAfter(StageCompleted completed) {
        return completed.nextStage().filter(stage()::equals).isPresent();
    }

    /** Starts this stage for the interview and asks the first question (in the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
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
        LOG.infof("Interview %s started stage %s (%s brain)", previous.interviewId(), stage(), interviewer.brain());
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
        List<AnsweredQuestion> transcript = session.exchanges.stream()
                .map(row -> new AnsweredQuestion(row.toExchange(), codeRuns(row))).toList();
        Map<String, QuestionGrade> grades = new LinkedHashMap<>();
        QuestionGradeRecord.ofSession(session.id).forEach(record -> grades.put(record.questionId, grade(record)));
        return Optional.of(new InterviewState(session.interviewId, session.language, session.openQuestion(), transcript,
                session.notes, grades, session.version));
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
