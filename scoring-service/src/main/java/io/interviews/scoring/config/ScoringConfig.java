package io.interviews.scoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

@ConfigMapping(prefix = "interview.scoring")
public interface ScoringConfig {

    Bands bands();

    Report report();

    /** Lower bounds (inclusive) of the hiring bands on the 0–100 total; below {@code borderline} is no hire. */
    interface Bands {

        @WithDefault("90")
        double strongHire();

        @WithDefault("80")
        double hire();

        @WithDefault("70")
        double consider();

        @WithDefault("60")
        double borderline();

        /**
         * How far below {@code borderline} a no-hire still goes to a person: a close call. The rubric brain's totals
         * are about 6 points from a person's labels on average (evaluation README, holdout interviews).
         */
        @WithDefault("5")
        double closeCall();
    }

    interface Report {

        /**
         * A TrueType/OpenType font (.ttf, .otf, or .ttc with {@code ,index}) with Chinese glyphs, embedded in PDF
         * reports instead of the Noto Sans SC font that document-kit bundles.
         */
        Optional<String> cjkFont();
    }
}
