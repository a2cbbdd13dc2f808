package io.interviews.gateway.repository;

import io.interviews.events.InterviewConcluded;
import io.interviews.events.InterviewConcluded.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** How the application ended, as the offer-service reported it ({@link InterviewConcluded}). */
@Embeddable
public record Conclusion(
        @Enumerated(EnumType.STRING) Outcome outcome,
        @Column(name = "conclusion_reason") String reason,
        Instant concludedAt) {

    public static Conclusion of(InterviewConcluded concluded) {
        return new Conclusion(concluded.outcome(), concluded.reason(), concluded.occurredAt());
    }
}
