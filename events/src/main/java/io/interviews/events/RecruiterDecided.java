package io.interviews.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A recruiter's decision on a drafted letter: approve it as drafted, approve an offer with a salary adjusted
 * inside its window ({@code annualSalary}, null to keep the drafted figure), or reject it.
 */
public record RecruiterDecided(UUID eventId, UUID interviewId, Instant occurredAt, Decision decision,
                               BigDecimal annualSalary, String recruiter, String note) implements InterviewEvent {

    public static final String TYPE = "interview.recruiter-decided.v1";

    public enum Decision {
        APPROVE,
        REJECT
    }

    public static RecruiterDecided of(UUID interviewId, Decision decision, BigDecimal annualSalary, String recruiter,
                                      String note) {
        return new RecruiterDecided(UUID.randomUUID(), interviewId, Instant.now(), decision, annualSalary, recruiter,
                note);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
