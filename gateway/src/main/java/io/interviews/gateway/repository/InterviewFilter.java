package io.interviews.gateway.repository;

import io.interviews.events.Band;

import java.util.Optional;

/**
 * Which interviews the recruiter list shows; an empty criterion does not filter. {@code stalled}: only the stalled
 * ({@code true}) or the others; {@code needsReview}: only those a person must review (a stage flagged, or the score
 * flagged) or the others; {@code name}: candidate names containing it, ignoring case.
 */
public record InterviewFilter(Optional<InterviewStatus> status, Optional<Boolean> stalled, Optional<Band> band,
                              Optional<Boolean> needsReview, Optional<String> name) {
}
