package io.interviews.offer.service;

/**
 * Where a score band places an offer in the benchmark (DESIGN §6): scores 78 and up → P75–P90, 70–77 → P60–P75,
 * below 70 → P40–P60. Inside its window a score is placed linearly: the bottom of the score range gives the
 * lower percentile, the top of it the upper one.
 */
public enum SalaryWindow {
    TOP(78, 100, 75, 90),
    UPPER(70, 78, 60, 75),
    MIDDLE(60, 70, 40, 60);

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
        if (total >= TOP.fromScore) {
            return TOP;
        }
        return total >= UPPER.fromScore ? UPPER : MIDDLE;
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
