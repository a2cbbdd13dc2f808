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
    }

    interface Report {

        /**
         * A TrueType/OpenType font (.ttf, .otf, or .ttc with {@code ,index}) with Chinese glyphs, embedded in PDF
         * reports instead of the Noto Sans SC font that document-kit bundles.
         */
        Optional<String> cjkFont();
    }
}
