package io.interviews.scoring.service;

import io.interviews.events.Band;
import io.interviews.scoring.config.ScoringConfig;

/** Inclusive lower bounds of the hiring bands on the 0–100 total; anything below {@code borderline} is no hire. */
public record BandThresholds(double strongHire, double hire, double consider, double borderline) {

    public static final BandThresholds DEFAULT = new BandThresholds(90, 80, 70, 60);

    public BandThresholds {
        if (!(0 < borderline && borderline < consider && consider < hire && hire < strongHire && strongHire <= 100)) {
            throw new IllegalArgumentException("band lower bounds must rise strictly within 0–100: borderline "
                    + borderline + ", consider " + consider + ", hire " + hire + ", strong hire " + strongHire);
        }
    }

    public static BandThresholds of(ScoringConfig.Bands bands) {
        return new BandThresholds(bands.strongHire(), bands.hire(), bands.consider(), bands.borderline());
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
