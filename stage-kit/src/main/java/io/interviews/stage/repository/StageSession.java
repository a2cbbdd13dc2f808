package io.interviews.stage.repository;

import io.interviews.events.Exchange;
import io.interviews.events.Language;
import io.interviews.kit.IdentityEntity;
import io.interviews.stage.rubric.Ask;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One candidate's interview in this stage: the open question, the transcript so far and where it came from. */
@Entity
@Table(name = "stage_session")
public class StageSession extends IdentityEntity {

    @Column(updatable = false)
    public UUID interviewId;

    @Column(updatable = false)
    public String stage;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Language language;

    /** Main question the candidate is on, from 1. */
    public int questionNumber;

    public int plannedQuestions;

    /** Whether the open question is the follow-up of the current main question (one per question at most). */
    public boolean followUpAsked;

    public String openQuestionId;

    public String openQuestionText;

    /**
     * The stage-completed event that started this stage, carried forward with this stage's result. It holds the
     * earlier stages' transcripts, so it is read only when the stage completes and never written again: each answer
     * updates the session, and a full-row update would copy it every time.
     */
    @Basic(fetch = FetchType.LAZY)
    @Column(updatable = false)
    public String previousEvent;

    @Column(updatable = false)
    public Instant startedAt;

    public Instant completedAt;

    /** The openai brain's running notes on the interview so far (empty for the rubric brain). */
    public String notes = "";

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("turn")
    public List<SessionExchange> exchanges = new ArrayList<>();

    @Version
    public long version;

    public static Optional<StageSession> find(UUID interviewId, String stage) {
        return find("interviewId = ?1 and stage = ?2", interviewId, stage).firstResultOptional();
    }

    public static StageSession start(UUID interviewId, String stage, Language language, String previousEvent,
                                     Instant startedAt, Ask firstQuestion) {
        StageSession session = new StageSession();
        session.interviewId = interviewId;
        session.stage = stage;
        session.language = language;
        session.previousEvent = previousEvent;
        session.startedAt = startedAt;
        session.ask(firstQuestion);
        return session;
    }

    public boolean isOpen() {
        return completedAt == null;
    }

    public Ask openQuestion() {
        return new Ask(openQuestionId, openQuestionText, followUpAsked, questionNumber, plannedQuestions);
    }

    public void ask(Ask question) {
        openQuestionId = question.questionId();
        openQuestionText = question.text();
        followUpAsked = question.followUp();
        questionNumber = question.number();
        plannedQuestions = question.plannedQuestions();
    }

    public void record(Exchange exchange, String codeRuns) {
        exchanges.add(SessionExchange.of(this, exchanges.size() + 1, exchange, codeRuns));
    }

    public List<Exchange> transcript() {
        return exchanges.stream().map(SessionExchange::toExchange).toList();
    }

    public void complete(Instant completedAt) {
        this.completedAt = completedAt;
        openQuestionId = null;
        openQuestionText = null;
    }
}
