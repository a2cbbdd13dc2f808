package io.interviews.gateway.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A question a stage asked, and the candidate's answer once given (exactly once). */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public UUID interviewId;

    @Column(nullable = false)
    public String questionId;

    @Column(nullable = false)
    public String stage;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public boolean followUp;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public int plannedQuestions;

    @Column(nullable = false)
    public Instant askedAt;

    public String answer;

    public Instant answeredAt;

    public boolean isAnswered() {
        return answeredAt != null;
    }
}
