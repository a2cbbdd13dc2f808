package io.interviews.offer.service;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * Where a total places an offer in the benchmark: one percentile window per hiring band, on the same 0–100 points
 * as the bands (RatingScale): STRONG_HIRE ≥ 90 → P75–P90, HIRE 80–89 → P60–P75, CONSIDER 70–79 → P40–P60,
 * BORDERLINE 60–69 → P25–P40. Inside its window a total is placed linearly: the band's lower bound gives the lower
 * percentile, the next band's lower bound the upper one.
 */
public enum SalaryWindow {
    // the aliases read the terms of letters drafted when the windows had these names (same percentiles)
    @JsonAlias("TOP")
    STRONG_HIRE(90, 100, 75, 90),
    @JsonAlias("UPPER")
    HIRE(80, 90, 60, 75),
    @JsonAlias("MIDDLE")
    CONSIDER(70, 80, 40, 60),
    BORDERLINE(60, 70, 25, 40);

    private final double fromScore;
    private final double toScore;
    private final int fromPercentile;
    private final int toPercentile;

    SalaryWindow(double fromScore, double toScore, int fromPercentile, int toPercentile) {
        this.fromScore = fromScore;
        this.toScore = toScore;
        this.fromPercentile = fromPercentile;
        this.toPercentile = toPercentile;
    }

    /** The window of a total; a total below 60 (a threshold configured lower) takes the lowest window. */
    public static SalaryWindow of(double total) {
        for (SalaryWindow window : values()) {
            if (total >= window.fromScore) {
                return window;
            }
        }
        return BORDERLINE;
    }

    /** The percentile of {@code total} inside this window, linear in the score and clamped to the window. */
    public double percentileOf(double total) {
        double position = (total - fromScore) / (toScore - fromScore);
        double clamped = Math.max(0, Math.min(1, position));
        return fromPercentile + clamped * (toPercentile - fromPercentile);
    }

    public int fromPercentile() {
        return fromPercentile;
    }

    public int toPercentile() {
        return toPercentile;
    }

    /** "P60–P75". */
    public String label() {
        return "P" + fromPercentile + "–P" + toPercentile;
    }
}
