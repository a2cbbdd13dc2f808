package io.interviews.gateway.security;

/** The one role that opens the recruiter API and desk, whichever way a recruiter signed in. */
public final class Recruiters {

    public static final String ROLE = "recruiter";

    private Recruiters() {
    }
}
