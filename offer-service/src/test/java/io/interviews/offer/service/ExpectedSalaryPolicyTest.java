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
    /** Total 73 (CONSIDER): P46, GBP 63,400, inside the P40–P60 window GBP 61,000–69,800. */
    private final SalaryOffer placed = SalaryPlacement.place(LONDON_BACKEND_MID, 73);

    @Test
    void theWindowOfTotal73() {
        // P46 = 55,000 + 10,000·21/25; P40 = 55,000 + 10,000·15/25; P60 = 65,000 + 12,000·10/25
        assertEquals(63400, placed.amount());
        assertEquals(61000, placed.windowLow());
        assertEquals(69800, placed.windowHigh());
    }

    @Test
    void ignoreKeepsTheTotalsFigure() {
        assertSame(placed, ExpectedSalaryPolicy.IGNORE.apply(placed, OptionalLong.of(68000)));
    }

    @Test
    void meetIfInsideWindowRaisesTheFigureToAHigherExpectationInsideTheWindow() {
        SalaryOffer met = ExpectedSalaryPolicy.MEET_IF_INSIDE_WINDOW.apply(placed, OptionalLong.of(68000));

        assertEquals(68000, met.amount());
        assertEquals(SalaryOffer.Placement.EXPECTATION_MET, met.placement());
        // 68,000 lies between P50 65,000 and P75 77,000: 50 + 25·3,000/12,000
        assertEquals(56.25, met.percentile(), 1e-9);
        assertTrue(met.method().contains("expected salary of GBP 68,000"), met.method());
    }

    @Test
    void meetIfInsideWindowNeverLowersTheFigure() {
        assertSame(placed, ExpectedSalaryPolicy.MEET_IF_INSIDE_WINDOW.apply(placed, OptionalLong.of(62000)));
    }

    @Test
    void midpointMovesHalfwayTowardsTheExpectationEitherWay() {
        SalaryOffer up = ExpectedSalaryPolicy.MIDPOINT.apply(placed, OptionalLong.of(68100));
        SalaryOffer down = ExpectedSalaryPolicy.MIDPOINT.apply(placed, OptionalLong.of(62100));

        assertEquals(65800, up.amount()); // (63,400 + 68,100) / 2 = 65,750 → 65,800
        assertEquals(62800, down.amount()); // (63,400 + 62,100) / 2 = 62,750 → 62,800
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
