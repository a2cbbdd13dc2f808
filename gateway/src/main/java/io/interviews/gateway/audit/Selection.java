package io.interviews.gateway.audit;

/** A decision the audit measures selection rates for. */
public enum Selection {
    /** Among interviews with a drafted letter: the letter is an offer (the score reached the offer threshold). */
    EARNS_AN_OFFER,
    /** Among interviews a recruiter decided: the recruiter approved an offer. */
    FINAL_APPROVAL
}
