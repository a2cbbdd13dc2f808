package io.interviews.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A signed-in desk session: the form login's encrypted cookie names the recruiter, who is let in while still
 * configured (a recruiter taken out of {@code interview.gateway.recruiters} is signed out at the next request).
 */
@ApplicationScoped
public class RecruiterSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject RecruiterPasswordIdentityProvider recruiters;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        if (!recruiters.isConfigured(request.getPrincipal())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("no such recruiter"));
        }
        return Uni.createFrom().item(Recruiters.identity(request.getPrincipal()));
    }
}
