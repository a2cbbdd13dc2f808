package io.interviews.scoring.repository;

import io.interviews.events.StageRegraded;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stage's answer to a re-score, kept as the event carried it until every scored stage of the interview answered. */
@Entity
@Table(name = "stage_regrade")
@IdClass(StageRegrade.Key.class)
public class StageRegrade extends PanacheEntityBase {

    @Id
    public UUID rescoreId;

    @Id
    public UUID interviewId;

    @Id
    public String stage;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public StageRegraded regraded;

    public Instant receivedAt;

    /**
     * Keeps {@code regraded} unless its stage already answered the same re-score of the interview; true when it was
     * kept.
     */
    public static boolean keep(StageRegraded regraded) {
        if (findById(new Key(regraded.rescoreId(), regraded.interviewId(), regraded.stage())) != null) {
            return false;
        }
        StageRegrade row = new StageRegrade();
        row.rescoreId = regraded.rescoreId();
        row.interviewId = regraded.interviewId();
        row.stage = regraded.stage();
        row.regraded = regraded;
        row.receivedAt = Instant.now();
        row.persist();
        return true;
    }

    /** The answers kept so far to one re-score of one interview. */
    public static List<StageRegraded> answers(UUID rescoreId, UUID interviewId) {
        return StageRegrade.<StageRegrade>list("rescoreId = ?1 and interviewId = ?2", rescoreId, interviewId).stream()
                .map(row -> row.regraded).toList();
    }

    public static long deleteAnswers(UUID rescoreId, UUID interviewId) {
        return delete("rescoreId = ?1 and interviewId = ?2", rescoreId, interviewId);
    }

    public record Key(UUID rescoreId, UUID interviewId, String stage) implements Serializable {
    }
}
