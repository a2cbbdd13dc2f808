package io.interviews.events;

import java.util.List;

/**
 * A rubric dimension rated 1–5 against its behavioural anchors. {@code evidence} holds verbatim
 * quotes from the candidate's answers; {@code trusted} is false when the evidence failed the check;
 * {@code brain} names what produced the rating ({@code rubric}, {@code openai}, or {@code openai+rubric} when the
 * rubric brain stood in for the model on some questions). Points of a rating: {@link RatingScale}.
 */
public record DimensionRating(String dimension, int rating, double weight, @Personal List<String> evidence,
                              @Personal String rationale,
                              boolean trusted, String brain) {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    /** The offline rubric brain's name in {@code brain}: alone, or beside the model it stood in for. */
    public static final String RUBRIC_BRAIN = "rubric";

    public DimensionRating {
        evidence = List.copyOf(evidence);
        // events written before the field existed were all rated by the rubric brain
        brain = brain == null ? RUBRIC_BRAIN : brain;
    }
}
