package io.interviews.gateway.audit;

/** Sex as NYC Local Law 144 bias audits report it; a candidate who declines is counted as unknown. */
public enum Sex {
    MALE,
    FEMALE
}
