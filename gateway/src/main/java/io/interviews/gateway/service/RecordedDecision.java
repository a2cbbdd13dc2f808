package io.interviews.gateway.service;

import io.interviews.events.RecruiterDecided.Decision;
import io.interviews.gateway.repository.Interview;

import java.math.BigDecimal;
import java.time.Instant;

/** A recruiter's decision as the gateway recorded and emitted it. */
public record RecordedDecision(Decision decision, BigDecimal annualSalary, String recruiter, String note,
                               Instant decidedAt) {

    /** The interview's decision, or null while none is recorded. */
    static RecordedDecision of(Interview interview) {
        return interview.decision == null ? null : new RecordedDecision(interview.decision,
                interview.decisionSalary, interview.decisionRecruiter, interview.decisionNote, interview.decidedAt);
    }
}
