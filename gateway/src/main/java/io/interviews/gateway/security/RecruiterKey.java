package io.interviews.gateway.security;

import io.interviews.gateway.config.GatewayConfig;
import io.interviews.gateway.service.RequestRejected;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The shared secret of the recruiter API, compared in constant time. */
@ApplicationScoped
public class RecruiterKey {

    private final byte[] key;

    RecruiterKey(GatewayConfig config) {
        this.key = config.recruiterKey().getBytes(StandardCharsets.UTF_8);
    }

    /** Refuses (401) anything but the configured key. */
    public void check(String presented) {
        if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), key)) {
            throw RequestRejected.unauthorized("a valid X-Recruiter-Key header is required");
        }
    }
}
