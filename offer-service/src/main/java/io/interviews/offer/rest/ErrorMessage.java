package io.interviews.offer.rest;

/** The body of a 4xx answer. */
public record ErrorMessage(String message) {
}
