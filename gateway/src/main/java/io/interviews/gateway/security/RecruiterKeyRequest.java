package io.interviews.gateway.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A machine client's claim to be a recruiter: the {@code X-Recruiter-Key} it presented. */
public class RecruiterKeyRequest extends BaseAuthenticationRequest {

    private final String key;

    public RecruiterKeyRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
