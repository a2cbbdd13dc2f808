package io.interviews.gateway.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/recruiter/erasures}: whose interviews to erase. */
public record ErasureForm(
        @NotBlank(message = ApplicationForm.REQUIRED) @Email(message = "must be an email address")
        @Size(max = 320, message = ApplicationForm.TOO_LONG) String candidateEmail) {
}
