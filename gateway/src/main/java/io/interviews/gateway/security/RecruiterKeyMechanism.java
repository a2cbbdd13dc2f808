package io.interviews.gateway.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Signs machine clients in by their {@code X-Recruiter-Key} header, beside the desk's form login and, when
 * configured, OpenID Connect: every way ends in a {@link SecurityIdentity}, so {@code @RolesAllowed} guards the
 * recruiter API the same way for all of them. A request without the header is left to the other mechanisms.
 */
@ApplicationScoped
public class RecruiterKeyMechanism implements HttpAuthenticationMechanism {

    public static final String HEADER = "X-Recruiter-Key";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String key = context.request().getHeader(HEADER);
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new RecruiterKeyRequest(key),
                context));
    }

    /** A missing sign-in is answered by the REST layer as a problem ({@code SecurityProblems}), not challenged here. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(RecruiterKeyRequest.class);
    }
}
