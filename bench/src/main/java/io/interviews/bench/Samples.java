package io.interviews.bench;

import java.util.ArrayList;
import java.util.List;

/** Latency samples of one kind, taken from any thread, and their percentiles. */
final class Samples {

    private final List<Long> nanos = new ArrayList<>();

    synchronized void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    /** The samples in milliseconds, smallest first. */
    synchronized List<Double> sortedMillis() {
        return nanos.stream().sorted().map(n -> n / 1e6).toList();
    }

    Summary summary() {
        return Summary.of(sortedMillis());
    }

    /** Count, nearest-rank percentiles and maximum, in milliseconds; zeros when there is no sample. */
    record Summary(int count, double p50, double p90, double p99, double max) {

        static Summary of(List<Double> sortedMillis) {
            return new Summary(sortedMillis.size(), percentile(sortedMillis, 0.50), percentile(sortedMillis, 0.90),
                    percentile(sortedMillis, 0.99), percentile(sortedMillis, 1.0));
        }

        private static double percentile(List<Double> sorted, double fraction) {
            return sorted.isEmpty() ? 0
                    : sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(fraction * sorted.size()) - 1)));
        }
    }
}
