package io.interviews.gateway.repository;

import java.time.Instant;
import java.util.UUID;

/** Whether and when an interview was scored: its live total ({@code null} before {@code InterviewScored}). */
public record InterviewScore(UUID id, Double total, Instant scoredAt) {

    public boolean isScored() {
        return total != null;
    }
}
