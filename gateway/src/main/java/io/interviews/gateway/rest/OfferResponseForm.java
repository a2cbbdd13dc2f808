package io.interviews.gateway.rest;

import jakarta.validation.constraints.Size;

/** The optional body of {@code POST /api/interviews/{id}/offer/accept} and {@code .../offer/decline}. */
public record OfferResponseForm(
        @Size(max = RejectionForm.MAX_REMARK_LENGTH, message = ApplicationForm.TOO_LONG) String comment) {
}
