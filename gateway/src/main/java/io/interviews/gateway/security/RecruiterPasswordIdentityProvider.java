package io.interviews.gateway.security;

import io.interviews.gateway.config.GatewayConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.Startup;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The desk's embedded sign-in: the recruiters of {@code interview.gateway.recruiters}, each with a bcrypt hash of
 * their password, checked when the form login posts a name and password. Needs no server of its own; a company
 * with an identity provider connects it through OpenID Connect instead (README).
 */
@Startup
@ApplicationScoped
public class RecruiterPasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /**
     * Checked for an unknown name, so the answer takes as long as for a known one with a wrong password: a bcrypt hash
     * (cost 10) of "no such recruiter", written out so that no start of the gateway spends time hashing it.
     */
    private static final String UNKNOWN_RECRUITER_HASH = "$2a$10$w0y3JmC7.BRY.2VSwihilugv3WHvgWmwxz/nqY6RyOjU6MlU07YR6";

    private final Map<String, String> passwordHashes;

    RecruiterPasswordIdentityProvider(GatewayConfig config) {
        this.passwordHashes = config.recruiters().orElse(List.of()).stream()
                .map(entry -> entry.split(":", 2))
                .collect(Collectors.toUnmodifiableMap(entry -> entry[0], entry -> entry[1], (first, second) -> {
                    throw new IllegalStateException("interview.gateway.recruiters names a recruiter twice");
                }));
    }

    /** Whether {@code name} is one of the configured recruiters. */
    boolean isConfigured(String name) {
        return passwordHashes.containsKey(name);
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        // bcrypt is deliberately slow: off the event loop
        return context.runBlocking(() -> {
            String name = request.getUsername();
            String hash = passwordHashes.getOrDefault(name, UNKNOWN_RECRUITER_HASH);
            boolean matches = BcryptUtil.matches(new String(request.getPassword().getPassword()), hash);
            if (!matches || !passwordHashes.containsKey(name)) {
                throw new AuthenticationFailedException("wrong name or password");
            }
            return Recruiters.identity(name);
        });
    }
}
