package io.interviews.offer.service;

import java.util.OptionalLong;

/**
 * How a candidate's expected salary moves the offer (config {@code interview.offer.expected-salary-policy}). Only
 * an expectation inside the offer's window counts; one outside it never moves the figure.
 */
public enum ExpectedSalaryPolicy {
    /** The interview total alone places the figure. */
    IGNORE,
    /** An expectation inside the window and above the total's figure is met; a lower one changes nothing. */
    MEET_IF_INSIDE_WINDOW,
    /** The figure moves halfway towards an expectation inside the window, up or down. */
    MIDPOINT;

    /** @param expectedAnnual the expectation as an annual amount in the offer's currency, if known */
    public SalaryOffer apply(SalaryOffer placed, OptionalLong expectedAnnual) {
        if (this == IGNORE || expectedAnnual.isEmpty() || !placed.inWindow(expectedAnnual.getAsLong())) {
            return placed;
        }
        long expected = expectedAnnual.getAsLong();
        return switch (this) {
            case MEET_IF_INSIDE_WINDOW -> expected > placed.amount()
                    ? placed.withAmount(expected, SalaryOffer.Placement.EXPECTATION_MET, expected)
                    : placed;
            case MIDPOINT -> {
                long midway = SalaryPlacement.roundedInto((placed.amount() + expected) / 2.0, placed.windowLow(),
                        placed.windowHigh());
                yield midway == placed.amount() ? placed
                        : placed.withAmount(midway, SalaryOffer.Placement.MIDWAY_TO_EXPECTATION, expected);
            }
            case IGNORE -> placed;
        };
    }
}
