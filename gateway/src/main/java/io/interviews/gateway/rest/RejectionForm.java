package io.interviews.gateway.rest;

import jakarta.validation.constraints.Size;

/** The optional body of {@code POST /api/recruiter/interviews/{id}/reject}. */
public record RejectionForm(@Size(max = MAX_REMARK_LENGTH, message = ApplicationForm.TOO_LONG) String note) {

    /** The longest free text people add to a decision: a recruiter's note, a candidate's comment. */
    static final int MAX_REMARK_LENGTH = 2000;
}
