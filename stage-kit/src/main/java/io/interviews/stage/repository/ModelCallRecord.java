package io.interviews.stage.repository;

import io.interviews.kit.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One model call made for a session, with the token usage the server reported. */
@Entity
@Table(name = "stage_model_call")
public class ModelCallRecord extends IdentityEntity {

    public Long sessionId;

    /** The transcript turn the call belongs to (the answer it followed). */
    public int turn;

    public String task;

    public String outcome;

    public int inputTokens;

    public int outputTokens;

    public long millis;

    public Instant calledAt;

    public static List<ModelCallRecord> ofSession(long sessionId) {
        return list("sessionId = ?1 order by id", sessionId);
    }
}
