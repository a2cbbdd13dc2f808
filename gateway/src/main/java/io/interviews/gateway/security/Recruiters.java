package io.interviews.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The one role that opens the recruiter API and desk, whichever way a recruiter signed in. */
public final class Recruiters {

    public static final String ROLE = "recruiter";

    private Recruiters() {
    }

    /** A recruiter signed in as {@code name}: decisions are recorded under it. */
    static SecurityIdentity identity(String name) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addRole(ROLE)
                .build();
    }
}
