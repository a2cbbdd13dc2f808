package io.interviews.gateway.repository;

import io.interviews.events.InterviewRescored;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.Instant;
import java.util.UUID;

/**
 * An interview a {@link Rescore} selected and, once scoring-service answered, its re-score as on the topic (evidence
 * and rationales included: the row is deleted with the interview).
 */
@Entity
@Table(name = "rescore_interview")
public class RescoreInterview {

    /** The order the request selected its interviews in. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID rescoreId;

    public UUID interviewId;

    /** Null until the interview's {@code InterviewRescored} for this request arrives; then kept as it came. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public InterviewRescored result;

    public Instant rescoredAt;

    public boolean isRescored() {
        return result != null;
    }
}
