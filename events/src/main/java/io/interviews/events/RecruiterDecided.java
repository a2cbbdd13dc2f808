package io.interviews.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A recruiter's decision on a drafted letter: approve it as drafted, approve an offer with a salary adjusted
 * inside its window ({@code annualSalary}, null to keep the drafted figure), or reject it.
 */
public record RecruiterDecided(UUID eventId, UUID interviewId, Instant occurredAt, Decision decision,
                               BigDecimal annualSalary, String recruiter, @Personal String note)
        implements InterviewEvent {

    public static final String TYPE = "interview.recruiter-decided.v1";

    /**
     * The one rule for an adjusted {@code annualSalary}, applied where a recruiter enters it (the gateway) and where
     * it is applied (the offer-service): a whole amount above zero ({@code 72000} and {@code 72000.00} are,
     * {@code 72000.5} and {@code 0} are not). Whether it lies inside the offer's window is checked on its own.
     *
     * @return what is wrong with the amount, or null when it is acceptable (null keeps the drafted figure, so it is)
     */
    public static String salaryProblem(BigDecimal annualSalary) {
        if (annualSalary == null) {
            return null;
        }
        if (annualSalary.signum() <= 0 || annualSalary.stripTrailingZeros().scale() > 0) {
            return "must be a positive whole amount, not " + annualSalary.toPlainString();
        }
        return null;
    }

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
