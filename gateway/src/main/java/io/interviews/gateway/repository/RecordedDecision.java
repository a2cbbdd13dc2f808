package io.interviews.gateway.repository;

import io.interviews.events.RecruiterDecided;
import io.interviews.events.RecruiterDecided.Decision;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.time.Instant;

/** A recruiter's decision as the gateway recorded and emitted it. */
@Embeddable
public record RecordedDecision(
        @Enumerated(EnumType.STRING) Decision decision,
        @Column(name = "decision_salary") BigDecimal annualSalary,
        @Column(name = "decision_recruiter") String recruiter,
        @Column(name = "decision_note") String note,
        Instant decidedAt) {

    public static RecordedDecision of(RecruiterDecided decided) {
        return new RecordedDecision(decided.decision(), decided.annualSalary(), decided.recruiter(), decided.note(),
                decided.occurredAt());
    }
}
