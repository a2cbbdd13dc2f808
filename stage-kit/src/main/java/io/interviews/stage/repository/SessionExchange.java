package io.interviews.stage.repository;

import io.interviews.events.Exchange;
import io.interviews.kit.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One question of a stage session and the candidate's verbatim answer. */
@Entity
@Table(name = "stage_exchange")
public class SessionExchange extends IdentityEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    public StageSession session;

    /** Turn in the conversation, from 1. */
    public int turn;

    public String questionId;

    public String question;

    public boolean followUp;

    public String answer;

    public Instant answeredAt;

    /** What running the answer's code showed, as JSON; null when nothing ran. */
    public String codeRuns;

    static SessionExchange of(StageSession session, int turn, Exchange exchange, String codeRuns) {
        SessionExchange row = new SessionExchange();
        row.session = session;
        row.turn = turn;
        row.questionId = exchange.questionId();
        row.question = exchange.question();
        row.followUp = exchange.followUp();
        row.answer = exchange.answer();
        row.answeredAt = exchange.answeredAt();
        row.codeRuns = codeRuns;
        return row;
    }

    public Exchange toExchange() {
        return new Exchange(questionId, question, followUp, answer, answeredAt);
    }
}
