package io.interviews.scoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Lower bounds (inclusive) of the hiring bands on the 0–100 total; below {@code borderline} is no hire. */
@ConfigMapping(prefix = "interview.scoring")
public interface ScoringConfig {

    Bands bands();

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
}
