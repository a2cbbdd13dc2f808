package io.interviews.offer.service;

/** Places an offer's salary inside the benchmark window of the candidate's total. */
public final class SalaryPlacement {

    private static final long ROUNDING = 100;

    private SalaryPlacement() {
    }

    public static SalaryOffer place(Benchmark benchmark, double total) {
        SalaryWindow window = SalaryWindow.of(total);
        double percentile = window.percentileOf(total);
        long low = Math.round(Math.ceil(benchmark.atPercentile(window.fromPercentile())));
        long high = Math.round(Math.floor(benchmark.atPercentile(window.toPercentile())));
        long rounded = Math.round(benchmark.atPercentile(percentile) / ROUNDING) * ROUNDING;
        // rounding must not carry the figure out of its window
        long amount = Math.max(low, Math.min(high, rounded));
        return new SalaryOffer(amount, benchmark.currency(), percentile, window, benchmark);
    }
}
