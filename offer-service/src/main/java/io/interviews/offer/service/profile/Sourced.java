package io.interviews.offer.service.profile;

/**
 * A profile field with where it came from: the question whose answer held it and the quote from that answer, or
 * {@link #APPLICATION} when the application form gave it.
 */
public record Sourced<T>(T value, String questionId, String quote) {

    public static final String APPLICATION = "application";

    public static <T> Sourced<T> fromApplication(T value) {
        return new Sourced<>(value, APPLICATION, null);
    }
}
