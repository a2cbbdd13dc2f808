package io.interviews.gateway.repository;

import io.interviews.events.CandidateResponded;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** The candidate's answer to a sent offer, as the gateway recorded and emitted it. */
@Embeddable
public record OfferResponse(
        @Column(name = "offer_accepted") boolean accepted,
        @Column(name = "offer_comment") String comment,
        Instant respondedAt) {

    public static OfferResponse of(CandidateResponded responded) {
        return new OfferResponse(responded.accepted(), responded.comment(), responded.occurredAt());
    }
}
