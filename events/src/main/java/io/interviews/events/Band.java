package io.interviews.events;

/** Hiring band of a total score (0–100). */
public enum Band {
    STRONG_HIRE,
    HIRE,
    CONSIDER,
    BORDERLINE,
    NO_HIRE
}
