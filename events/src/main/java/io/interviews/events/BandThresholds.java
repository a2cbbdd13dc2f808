package io.interviews.events;

/**
 * Inclusive lower bounds of the hiring bands on the 0–100 total; anything below {@code borderline} is no hire, and
 * {@code borderline} is the offer threshold. {@link #DEFAULT} places them on the {@link RatingScale}: 3 on every
 * dimension is CONSIDER, 4 HIRE, 5 STRONG_HIRE.
 */
public record BandThresholds(double strongHire, double hire, double consider, double borderline) {

    public static final BandThresholds DEFAULT = new BandThresholds(90, 80, 70, 60);

    public BandThresholds {
        if (!(0 < borderline && borderline < consider && consider < hire && hire < strongHire && strongHire <= 100)) {
            throw new IllegalArgumentException("band lower bounds must rise strictly within 0–100: borderline "
                    + borderline + ", consider " + consider + ", hire " + hire + ", strong hire " + strongHire);
        }
    }

    public Band bandOf(double total) {
        if (total >= strongHire) {
            return Band.STRONG_HIRE;
        }
        if (total >= hire) {
            return Band.HIRE;
        }
        if (total >= consider) {
            return Band.CONSIDER;
        }
        if (total >= borderline) {
            return Band.BORDERLINE;
        }
        return Band.NO_HIRE;
    }
}
