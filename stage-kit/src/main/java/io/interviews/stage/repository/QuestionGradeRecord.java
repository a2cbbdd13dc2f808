package io.interviews.stage.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A model's grade of one main question of a session, stored as soon as the question is finished. */
@Entity
@Table(name = "stage_question_grade")
@IdClass(QuestionGradeRecord.Key.class)
public class QuestionGradeRecord extends PanacheEntityBase {

    @Id
    public Long sessionId;

    @Id
    public String questionId;

    public String outcome;

    /** The judgements as JSON. */
    public String judgements;

    public String detail;

    /** The grading calls as JSON. */
    public String calls;

    public Instant gradedAt;

    public static List<QuestionGradeRecord> ofSession(long sessionId) {
        return list("sessionId", sessionId);
    }

    public static class Key implements Serializable {
        public Long sessionId;
        public String questionId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(sessionId, key.sessionId)
                    && Objects.equals(questionId, key.questionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, questionId);
        }
    }
}
