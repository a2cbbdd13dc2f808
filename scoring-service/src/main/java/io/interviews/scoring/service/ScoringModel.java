package io.interviews.scoring.service;

import io.interviews.events.BandThresholds;
import io.interviews.scoring.config.ScoringConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The scoring model on the configured bands: one for the live scorecards and the re-scores. */
@ApplicationScoped
class ScoringModel {

    @Produces
    @Singleton
    ScorecardCalculator calculator(ScoringConfig config) {
        ScoringConfig.Bands bands = config.bands();
        return new ScorecardCalculator(new BandThresholds(bands.strongHire(), bands.hire(), bands.consider(),
                bands.borderline()), bands.closeCall());
    }
}
