package io.interviews.scoring.rest;

/** The body of a 4xx answer. */
public record ErrorMessage(String message) {
}
