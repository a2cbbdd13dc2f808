package io.interviews.kit.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Who may call a service's HTTP API: other services of the system, holding the shared service API key. */
@ConfigMapping(prefix = "interview.security")
public interface ServiceApiConfig {

    /**
     * Every HTTP request but the management endpoints ({@code /q/health}, {@code /q/metrics}) must carry the key;
     * a service that serves an API to other services sets this, the others leave it off.
     */
    @WithDefault("false")
    boolean serviceApiKeyRequired();

    /** The shared secret callers send as {@code Authorization: Bearer <key>} ({@code INTERVIEW_SERVICE_API_KEY}). */
    Optional<String> serviceApiKey();
}
