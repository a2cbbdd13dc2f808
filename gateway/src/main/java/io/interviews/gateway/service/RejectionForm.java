package io.interviews.gateway.service;

/** The optional body of {@code POST /api/recruiter/interviews/{id}/reject}. */
public record RejectionForm(String note) {
}
