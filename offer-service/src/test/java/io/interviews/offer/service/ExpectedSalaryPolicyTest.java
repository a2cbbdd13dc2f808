package io.interviews.offer.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpectedSalaryPolicyTest {

    private static final Benchmark LONDON_BACKEND_MID = new Benchmark("Backend developer", List.of("backend"),
            "London", "mid", "GBP", 55000, 65000, 77000, 88000, "seed", LocalDate.of(2025, 1, 1), 118,
            Benchmark.Basis.SALARY_SURVEY);
    /** Total 73: P65.6, GBP 72,500, inside the P60–P75 window GBP 69,800–77,000. */
    private final SalaryOffer placed = SalaryPlacement.place(LONDON_BACKEND_MID, 73);

    @Test
    void theWindowOfTotal73() {
        assertEquals(72500, placed.amount());
        assertEquals(69800, placed.windowLow());
        assertEquals(77000, placed.windowHigh());
    }

    @Test
    void ignoreKeepsTheTotalsFigure() {
        assertSame(placed, ExpectedSalaryPolicy.IGNORE.apply(placed, OptionalLong.of(76000)));
    }

    @Test
    void meetIfInsideWindowRaisesTheFigureToAHigherExpectationInsideTheWindow() {
        SalaryOffer met = ExpectedSalaryPolicy.MEET_IF_INSIDE_WINDOW.apply(placed, OptionalLong.of(76000));

        assertEquals(76000, met.amount());
        assertEquals(SalaryOffer.Placement.EXPECTATION_MET, met.placement());
        // 76,000 lies between P50 65,000 and P75 77,000: 50 + 25·11,000/12,000
        assertEquals(72.9, met.percentile(), 0.05);
        assertTrue(met.method().contains("expected salary of GBP 76,000"), met.method());
    }

    @Test
    void meetIfInsideWindowNeverLowersTheFigure() {
        assertSame(placed, ExpectedSalaryPolicy.MEET_IF_INSIDE_WINDOW.apply(placed, OptionalLong.of(70000)));
    }

    @Test
    void midpointMovesHalfwayTowardsTheExpectationEitherWay() {
        SalaryOffer up = ExpectedSalaryPolicy.MIDPOINT.apply(placed, OptionalLong.of(76000));
        SalaryOffer down = ExpectedSalaryPolicy.MIDPOINT.apply(placed, OptionalLong.of(70000));

        assertEquals(74300, up.amount()); // (72,500 + 76,000) / 2 = 74,250 → 74,300
        assertEquals(71300, down.amount()); // (72,500 + 70,000) / 2 = 71,250 → 71,300
        assertEquals(SalaryOffer.Placement.MIDWAY_TO_EXPECTATION, up.placement());
    }

    @Test
    void anExpectationOutsideTheWindowOrUnknownChangesNothing() {
        for (ExpectedSalaryPolicy policy : ExpectedSalaryPolicy.values()) {
            assertSame(placed, policy.apply(placed, OptionalLong.of(95000)), policy.name());
            assertSame(placed, policy.apply(placed, OptionalLong.of(40000)), policy.name());
            assertSame(placed, policy.apply(placed, OptionalLong.empty()), policy.name());
        }
    }
}
