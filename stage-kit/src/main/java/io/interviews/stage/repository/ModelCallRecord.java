package io.interviews.stage.repository;

import io.interviews.kit.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One model call made for a session, with the token usage the server reported. */
@Entity
@Table(name = "stage_model_call")
public class ModelCallRecord extends IdentityEntity {

    @Column(nullable = false)
    public Long sessionId;

    /** The transcript turn the call belongs to (the answer it followed). */
    @Column(nullable = false)
    public int turn;

    @Column(nullable = false)
    public String task;

    @Column(nullable = false)
    public String outcome;

    @Column(nullable = false)
    public int inputTokens;

    @Column(nullable = false)
    public int outputTokens;

    @Column(nullable = false)
    public long millis;

    @Column(nullable = false)
    public Instant calledAt;

    public static List<ModelCallRecord> ofSession(long sessionId) {
        return list("sessionId = ?1 order by id", sessionId);
    }
}
