package io.interviews.gateway.audit;

/**
 * Race/ethnicity categories of NYC Local Law 144 bias audits (the EEO-1 categories); a candidate who declines is
 * counted as unknown.
 */
public enum RaceEthnicity {
    HISPANIC_OR_LATINO,
    WHITE,
    BLACK_OR_AFRICAN_AMERICAN,
    NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER,
    ASIAN,
    NATIVE_AMERICAN_OR_ALASKA_NATIVE,
    TWO_OR_MORE_RACES
}
