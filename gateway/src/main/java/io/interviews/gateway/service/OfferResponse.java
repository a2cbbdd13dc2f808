package io.interviews.gateway.service;

import io.interviews.gateway.repository.Interview;

import java.time.Instant;

/** The candidate's answer to a sent offer, as the gateway recorded and emitted it. */
public record OfferResponse(boolean accepted, String comment, Instant respondedAt) {

    /** The interview's offer response, or null while the candidate has not answered. */
    static OfferResponse of(Interview interview) {
        return interview.offerAccepted == null ? null
                : new OfferResponse(interview.offerAccepted, interview.offerComment, interview.respondedAt);
    }
}
