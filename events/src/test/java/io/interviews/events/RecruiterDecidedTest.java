package io.interviews.events;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The one rule for an adjusted salary that the gateway and the offer-service both apply. */
class RecruiterDecidedTest {

    @Test
    void aWholePositiveAmountOrNoneIsAnAcceptableSalary() {
        assertNull(RecruiterDecided.salaryProblem(null));
        assertNull(RecruiterDecided.salaryProblem(new BigDecimal("72000")));
        assertNull(RecruiterDecided.salaryProblem(new BigDecimal("72000.00")));
        assertNull(RecruiterDecided.salaryProblem(new BigDecimal("7.2E+4")));
    }

    @Test
    void aFractionalZeroOrNegativeSalaryIsRefusedWithTheAmount() {
        assertEquals("must be a positive whole amount, not 72000.5",
                RecruiterDecided.salaryProblem(new BigDecimal("72000.5")));
        assertEquals("must be a positive whole amount, not 0", RecruiterDecided.salaryProblem(BigDecimal.ZERO));
        assertEquals("must be a positive whole amount, not -5000",
                RecruiterDecided.salaryProblem(new BigDecimal("-5000")));
    }
}
