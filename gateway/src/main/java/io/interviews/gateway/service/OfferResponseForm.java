package io.interviews.gateway.service;

/** The optional body of {@code POST /api/interviews/{id}/offer/accept} and {@code .../offer/decline}. */
public record OfferResponseForm(String comment) {
}
