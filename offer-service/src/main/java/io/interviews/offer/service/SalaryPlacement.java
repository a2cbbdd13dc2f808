package io.interviews.offer.service;

/** Places an offer's salary inside the benchmark window of the candidate's total. */
public final class SalaryPlacement {

    static final long ROUNDING = 100;

    private SalaryPlacement() {
    }

    public static SalaryOffer place(Benchmark benchmark, double total) {
        SalaryWindow window = SalaryWindow.of(total);
        double percentile = window.percentileOf(total);
        long low = Math.round(Math.ceil(benchmark.atPercentile(window.fromPercentile())));
        long high = Math.round(Math.floor(benchmark.atPercentile(window.toPercentile())));
        long amount = roundedInto(benchmark.atPercentile(percentile), low, high);
        return new SalaryOffer(amount, benchmark.currency(), percentile, window, low, high, benchmark,
                SalaryOffer.Placement.SCORE, null);
    }

    /** Rounded to the nearest 100, but never carried out of the window by the rounding. */
    static long roundedInto(double amount, long low, long high) {
        long rounded = Math.round(amount / ROUNDING) * ROUNDING;
        return Math.max(low, Math.min(high, rounded));
    }
}
