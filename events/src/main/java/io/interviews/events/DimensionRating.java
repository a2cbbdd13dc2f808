package io.interviews.events;

import java.util.List;

/**
 * A rubric dimension rated 1–5 against its behavioural anchors. {@code evidence} holds verbatim
 * quotes from the candidate's answers; {@code trusted} is false when the evidence failed the check.
 */
public record DimensionRating(String dimension, int rating, double weight, List<String> evidence, String rationale,
                              boolean trusted) {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    public DimensionRating {
        evidence = List.copyOf(evidence);
    }
}
