package io.interviews.scoring.repository;

import io.interviews.events.Band;
import io.interviews.events.InterviewContext;
import io.interviews.events.PlannedStage;
import io.interviews.events.StageResult;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The scored interview: one per interview, written with the InterviewScored event that announces it. The context
 * and the stage results are kept as the events carried them (JSON), the verdict in columns.
 */
@Entity
@Table(name = "scorecard")
public class Scorecard extends PanacheEntityBase {

    @Id
    public UUID interviewId;

    /** Candidate, position, language and the plan as scored, including stages without a result. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public InterviewContext context;

    /** The result of every planned stage that has one, in plan order, with its ratings and transcript. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<StageResult> results;

    public double total;

    @Enumerated(EnumType.STRING)
    public Band band;

    public String recommendation;

    public boolean needsReview;

    public String[] missingStages;

    public Instant scoredAt;

    /** Id of the InterviewScored event that announced this scorecard. */
    public UUID scoredEventId;

    /** The plan weight of a scored stage. */
    public double weightOf(StageResult result) {
        return context.plan().stream().filter(planned -> planned.stage().equals(result.stage()))
                .mapToDouble(PlannedStage::weight).findFirst().orElseThrow();
    }
}
