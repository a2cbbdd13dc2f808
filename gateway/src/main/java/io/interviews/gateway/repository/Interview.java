package io.interviews.gateway.repository;

import io.interviews.events.Band;
import io.interviews.events.Candidate;
import io.interviews.events.InterviewContext;
import io.interviews.events.Language;
import io.interviews.events.LetterKind;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageScore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A registered interview: the application, the candidate's token hash and its progress as seen on the topics. */
@Entity
@Table(name = "interview")
public class Interview {

    @Id
    public UUID id;

    /** Hex SHA-256 of the candidate's token; the token itself is never stored. */
    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    public String tokenHash;

    @Column(name = "candidate_name", nullable = false)
    public String candidateName;

    @Column(name = "candidate_email", nullable = false)
    public String candidateEmail;

    @Column(name = "position_title", nullable = false)
    public String positionTitle;

    @Column(name = "position_level", nullable = false)
    public String positionLevel;

    @Column(name = "position_location", nullable = false)
    public String positionLocation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Language language;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PlannedStage> plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InterviewStatus status;

    @Column(name = "current_stage")
    public String currentStage;

    @Column(name = "open_question_id")
    public String openQuestionId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "completed_stages", nullable = false)
    public List<String> completedStages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "stage_scores")
    public List<StageScore> stageScores;

    public Double total;

    @Enumerated(EnumType.STRING)
    public Band band;

    public String recommendation;

    @Column(name = "needs_review")
    public Boolean needsReview;

    @Enumerated(EnumType.STRING)
    @Column(name = "letter_kind")
    public LetterKind letterKind;

    @Column(name = "letter_markdown")
    public String letterMarkdown;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public InterviewContext context() {
        return new InterviewContext(new Candidate(candidateName, candidateEmail),
                new Position(positionTitle, positionLevel, positionLocation), language, plan);
    }

    public boolean hasCompleted(String stage) {
        return completedStages.contains(stage);
    }

    /** Moves the status forward; an event arriving late never moves it back. True if it changed. */
    public boolean advanceTo(InterviewStatus next) {
        if (status.isBefore(next)) {
            status = next;
            return true;
        }
        return false;
    }
}
