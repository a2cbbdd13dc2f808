package io.interviews.offer.service;

import java.util.Locale;

/**
 * The salary an offer states: an annual figure inside the percentile window ({@code windowLow}–{@code windowHigh})
 * of one benchmark, how it was placed there, and the candidate's expected salary when it moved the figure.
 */
public record SalaryOffer(long amount, String currency, double percentile, SalaryWindow window, long windowLow,
                          long windowHigh, Benchmark benchmark, Placement placement, Long expectation) {

    /** What decided the figure inside the window. */
    public enum Placement {
        /** The interview total alone, linearly inside the window. */
        SCORE,
        /** Raised to the candidate's expected salary, which lies inside the window. */
        EXPECTATION_MET,
        /** Halfway between the total's figure and the candidate's expected salary inside the window. */
        MIDWAY_TO_EXPECTATION,
        /** Set by the approving recruiter inside the window. */
        RECRUITER
    }

    public SalaryOffer {
        if (amount < windowLow || amount > windowHigh) {
            throw new IllegalArgumentException(currency + " " + amount + " outside the " + window.label()
                    + " window " + windowLow + "–" + windowHigh);
        }
    }

    public boolean inWindow(long candidateAmount) {
        return windowLow <= candidateAmount && candidateAmount <= windowHigh;
    }

    /** The same offer at another figure inside the window, placed by {@code placement}. */
    public SalaryOffer withAmount(long newAmount, Placement newPlacement, Long newExpectation) {
        return new SalaryOffer(newAmount, currency, benchmark.percentileOf(newAmount), window, windowLow, windowHigh,
                benchmark, newPlacement, newExpectation);
    }

    /** How the figure was reached, stated with every offer. */
    public String method() {
        String percentileText = String.format(Locale.ROOT, "%.1f", percentile);
        String scope = benchmark.scope();
        return switch (placement) {
            case SCORE -> "Interview total placed linearly in the " + window.label() + " window of the benchmark for "
                    + scope + ": percentile " + percentileText
                    + ", interpolated between the benchmark's percentiles and rounded to the nearest 100 "
                    + currency + ".";
            case EXPECTATION_MET -> "Interview total placed in the " + window.label() + " window of the benchmark for "
                    + scope + "; the candidate's expected salary of " + money(expectation)
                    + " lies inside the window above the total's figure, so the offer meets it: percentile "
                    + percentileText + ".";
            case MIDWAY_TO_EXPECTATION -> "Interview total placed in the " + window.label()
                    + " window of the benchmark for " + scope + ", then moved halfway towards the candidate's "
                    + "expected salary of " + money(expectation) + " inside the window: percentile " + percentileText
                    + ", rounded to the nearest 100 " + currency + ".";
            case RECRUITER -> "Set by the approving recruiter inside the " + window.label() + " window ("
                    + money(windowLow) + "–" + money(windowHigh) + ") of the benchmark for " + scope
                    + ": percentile " + percentileText + ".";
        };
    }

    private String money(Long value) {
        return String.format(Locale.ROOT, "%s %,d", currency, value);
    }
}
