package io.interviews.offer.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** The candidate's answer to a sent offer. */
@Embeddable
public record LetterResponse(
        @Column(name = "response_comment") String comment,
        Instant respondedAt) {
}
