package io.interviews.gateway.repository;

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

    public UUID interviewId;

    public String questionId;

    public String stage;

    public String text;

    public boolean followUp;

    public int number;

    public int plannedQuestions;

    public Instant askedAt;

    public String answer;

    public Instant answeredAt;

    public boolean isAnswered() {
        return answeredAt != null;
    }
}
