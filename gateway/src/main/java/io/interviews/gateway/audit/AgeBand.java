package io.interviews.gateway.audit;

/**
 * Age in two bands split at 40, where US age-discrimination law (ADEA) starts protecting; finer bands would leave
 * more of them under the 2 % a category needs to be compared (README: Bias audit).
 */
public enum AgeBand {
    UNDER_40,
    AGE_40_AND_OVER
}
