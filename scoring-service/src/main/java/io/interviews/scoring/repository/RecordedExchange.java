package io.interviews.scoring.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** One question of a scored stage and the candidate's verbatim answer. */
@Embeddable
public class RecordedExchange {

    @Column(name = "question_id")
    public String questionId;

    @Column(nullable = false, columnDefinition = "text")
    public String question;

    @Column(name = "follow_up", nullable = false)
    public boolean followUp;

    /** Null when the question went unanswered. */
    @Column(columnDefinition = "text")
    public String answer;

    @Column(name = "answered_at")
    public Instant answeredAt;

    protected RecordedExchange() {
    }

    public RecordedExchange(String questionId, String question, boolean followUp, String answer, Instant answeredAt) {
        this.questionId = questionId;
        this.question = question;
        this.followUp = followUp;
        this.answer = answer;
        this.answeredAt = answeredAt;
    }
}
