package io.interviews.offer.service;

import java.util.Locale;

/** The salary an offer states: an annual figure inside a percentile window of one benchmark row. */
public record SalaryOffer(long amount, String currency, double percentile, SalaryWindow window, Benchmark benchmark) {

    /** How the figure was reached, stated with every offer. */
    public String method() {
        return "Interview total placed linearly in the " + window.label() + " window of the benchmark for "
                + benchmark.scope() + ": percentile " + String.format(Locale.ROOT, "%.1f", percentile)
                + ", interpolated between the benchmark's percentiles and rounded to the nearest 100 "
                + currency + ".";
    }
}
