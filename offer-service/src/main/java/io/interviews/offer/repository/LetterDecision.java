package io.interviews.offer.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** The recruiter's decision on a letter; {@code sentAt} is set when it approved the letter. */
@Embeddable
public record LetterDecision(
        @Column(name = "decided_by") String recruiter,
        @Column(name = "decision_note") String note,
        Instant decidedAt,
        Instant sentAt) {
}
