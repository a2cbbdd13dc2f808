package io.interviews.gateway.security;

import io.interviews.gateway.config.GatewayConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The recruiter key's identity: the configured key, compared in constant time, makes the caller the recruiter
 * {@code interview.gateway.recruiter-key-name}; any other key fails the sign-in (401).
 */
@ApplicationScoped
public class RecruiterKeyIdentityProvider implements IdentityProvider<RecruiterKeyRequest> {

    private final byte[] keyDigest;
    private final String name;

    RecruiterKeyIdentityProvider(GatewayConfig config) {
        this.keyDigest = sha256(config.recruiterKey());
        this.name = config.recruiterKeyName();
    }

    @Override
    public Class<RecruiterKeyRequest> getRequestType() {
        return RecruiterKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RecruiterKeyRequest request, AuthenticationRequestContext context) {
        // digests of equal length: the comparison takes the same time whatever was sent
        if (!MessageDigest.isEqual(sha256(request.key()), keyDigest)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the X-Recruiter-Key is not valid"));
        }
        return Uni.createFrom().item(Recruiters.identity(name));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
