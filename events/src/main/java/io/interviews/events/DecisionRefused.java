package io.interviews.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The offer-service refused a recruiter's decision ({@link RecruiterDecided}, named by {@code decisionEventId}) and
 * changed nothing: the letter still waits for a decision. {@code reason} says why, in words a recruiter can act on,
 * e.g. {@code approval refused: salary GBP 72500 is outside the P40–P60 window (GBP 61,000–69,800)}. The refused
 * decision's own fields are repeated so the event can be read alone.
 */
public record DecisionRefused(UUID eventId, UUID interviewId, Instant occurredAt, UUID decisionEventId,
                              RecruiterDecided.Decision decision, BigDecimal annualSalary, String recruiter,
                              String reason) implements InterviewEvent {

    public static final String TYPE = "interview.decision-refused.v1";

    public static DecisionRefused of(RecruiterDecided refused, String reason) {
        return new DecisionRefused(UUID.randomUUID(), refused.interviewId(), Instant.now(), refused.eventId(),
                refused.decision(), refused.annualSalary(), refused.recruiter(), reason);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
