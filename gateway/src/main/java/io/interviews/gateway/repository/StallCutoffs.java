package io.interviews.gateway.repository;

import java.time.Instant;

/**
 * When a wait on the system becomes a stall: a wait that started at or before its cutoff is one. The stages have
 * one cutoff ({@code interview.gateway.stall-after} ago), the letter after them another
 * ({@code interview.gateway.letter-stall-after} ago). The wait starts, by status: {@code IN_PROGRESS} at
 * {@link Interview#waitingSince}, {@code SCORING} at {@link Interview#lastEventAt}, {@code AWAITING_DECISION} at
 * {@link Interview#decidedAt} (none before the recruiter decides); no other status waits on the system.
 */
public record StallCutoffs(Instant stage, Instant letter) {

    public Instant of(InterviewStatus status) {
        return status == InterviewStatus.IN_PROGRESS ? stage : letter;
    }
}
