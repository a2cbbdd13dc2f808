package io.interviews.scoring.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** How far an interview has got: the planned stages and those completed so far with their scores. */
@Entity
@Table(name = "interview_progress")
public class InterviewProgress extends PanacheEntityBase {

    @Id
    public UUID interviewId;

    public String[] plannedStages;

    /** The stage named by the latest stage-completed event ({@code intake} before the first stage). */
    public String lastStage;

    public Instant updatedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<CompletedStage> completedStages;
}
