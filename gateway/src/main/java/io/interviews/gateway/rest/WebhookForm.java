package io.interviews.gateway.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The body of {@code POST /api/recruiter/webhooks}: where to deliver, and which event types. */
public record WebhookForm(
        @NotBlank(message = "is required")
        @Size(max = 2000, message = ApplicationForm.TOO_LONG)
        @Pattern(regexp = "https?://[^/?#\\s@]+(/[^#\\s]*)?",
                message = "must be an absolute http(s) URL without user info or fragment")
        String url,
        @NotEmpty(message = "must name at least one event type") List<@NotBlank(message = "is required") String> eventTypes) {
}
