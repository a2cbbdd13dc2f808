package io.interviews.gateway.repository;

import io.interviews.events.DecisionRefused;
import io.interviews.events.RecruiterDecided.Decision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The last decision the offer-service refused, and why: the decision was reopened, so the recruiter decides again
 * with the reason in view.
 */
public record RefusedDecision(Decision decision, BigDecimal annualSalary, String recruiter, String note,
                              Instant decidedAt, String reason, Instant refusedAt) {

    /** {@code decision}, refused by {@code refusal}. */
    public static RefusedDecision of(RecordedDecision decision, DecisionRefused refusal) {
        return new RefusedDecision(decision.decision(), decision.annualSalary(), decision.recruiter(),
                decision.note(), decision.decidedAt(), refusal.reason(), refusal.occurredAt());
    }
}
