package io.interviews.kit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "interview.personal-data")
public interface PersonalDataConfig {

    /**
     * Whether the personal fields of the events this service publishes are sealed with each interview's data key,
     * and those it consumes opened with it ({@link DataKeys}). Off only where no gateway created the keys: the
     * modules' own tests, which feed their service events directly.
     */
    @WithDefault("true")
    boolean sealed();

    /**
     * How long a service keeps a data key it read in memory ({@link RecentKeys}): at most this long a key the
     * gateway destroyed can still open this service's copies. {@code 0s} reads the key table for every event.
     */
    @WithDefault("5m")
    Duration keyCacheTimeToLive();
}
