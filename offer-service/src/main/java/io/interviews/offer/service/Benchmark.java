package io.interviews.offer.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Annual base salary percentiles for a role × location × level, with their source, date, the number of salaries
 * they summarise and how they were obtained. In the benchmark table {@link #ANY} in role, location or level makes
 * a row apply to every value.
 */
public record Benchmark(String role, List<String> titleKeywords, String location, String level, String currency,
                        long p25, long p50, long p75, long p90, String source, LocalDate asOf, int sampleSize,
                        Basis basis) {

    public static final String ANY = "*";

    /** How the percentiles were obtained. */
    public enum Basis {
        /** A salary survey's percentiles (the benchmark table). */
        SALARY_SURVEY,
        /** Percentiles of the midpoints of advertised salary ranges (Adzuna job ads). */
        ADVERTISED_RANGES
    }

    public Benchmark {
        titleKeywords = titleKeywords.stream().map(keyword -> keyword.trim().toLowerCase(Locale.ROOT)).toList();
        if (!(0 < p25 && p25 <= p50 && p50 <= p75 && p75 <= p90)) {
            throw new IllegalArgumentException("benchmark percentiles must rise: " + this);
        }
    }

    /** Annual salary at percentile {@code p} (25–90), interpolated linearly between the known percentiles. */
    public double atPercentile(double p) {
        if (p < 25 || p > 90) {
            throw new IllegalArgumentException("percentile " + p + " outside the benchmark's P25–P90");
        }
        if (p <= 50) {
            return interpolate(p, 25, p25, 50, p50);
        }
        if (p <= 75) {
            return interpolate(p, 50, p50, 75, p75);
        }
        return interpolate(p, 75, p75, 90, p90);
    }

    /** The percentile (25–90) at which {@code amount} lies: the inverse of {@link #atPercentile(double)}. */
    public double percentileOf(long amount) {
        if (amount < p25 || amount > p90) {
            throw new IllegalArgumentException(amount + " outside the benchmark's P25–P90");
        }
        if (amount <= p50) {
            return inverse(amount, 25, p25, 50, p50);
        }
        if (amount <= p75) {
            return inverse(amount, 50, p50, 75, p75);
        }
        return inverse(amount, 75, p75, 90, p90);
    }

    /** "Backend developer, London, mid" — the scope the figures describe. */
    public String scope() {
        return String.join(", ", ANY.equals(role) ? "all roles" : role,
                ANY.equals(location) ? "all locations" : location, ANY.equals(level) ? "all levels" : level);
    }

    boolean matchesRole(String title) {
        if (ANY.equals(role)) {
            return true;
        }
        String normalized = title == null ? "" : title.toLowerCase(Locale.ROOT);
        return titleKeywords.stream().anyMatch(normalized::contains);
    }

    boolean matchesLocation(String candidateLocation) {
        return ANY.equals(location) || location.equalsIgnoreCase(trimmed(candidateLocation));
    }

    boolean matchesLevel(String candidateLevel) {
        return ANY.equals(level) || level.equalsIgnoreCase(trimmed(candidateLevel));
    }

    /** Higher for rows that pin down more of the position; the role counts most, then location, then level. */
    int specificity() {
        return (ANY.equals(role) ? 0 : 4) + (ANY.equals(location) ? 0 : 2) + (ANY.equals(level) ? 0 : 1);
    }

    private static double interpolate(double p, double fromP, long fromValue, double toP, long toValue) {
        return fromValue + (toValue - fromValue) * (p - fromP) / (toP - fromP);
    }

    private static double inverse(long amount, double fromP, long fromValue, double toP, long toValue) {
        return toValue == fromValue ? fromP : fromP + (toP - fromP) * (amount - fromValue) / (toValue - fromValue);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
