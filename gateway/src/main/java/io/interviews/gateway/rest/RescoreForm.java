package io.interviews.gateway.rest;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.interviews.gateway.service.Rescores;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The body of {@code POST /api/recruiter/rescores}: which scored interviews to re-score. Both criteria are optional
 * and combine; with neither, every scored interview. A field of another name is refused rather than ignored, so a
 * misspelt criterion cannot widen the request to every interview.
 */
public record RescoreForm(
        @Schema(description = "the interviews to re-score (each must be scored)")
        @Size(min = 1, max = Rescores.MAX_INTERVIEWS,
                message = "must name 1 to {max} interviews (leave it out for every scored interview)")
        List<@NotNull(message = "must be an interview id") UUID> interviewIds,
        @Schema(description = "only interviews scored at or after this time (ISO-8601)")
        Instant scoredSince,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> otherFields) {

    public RescoreForm {
        // null values kept: a misspelt field is refused whatever its value
        otherFields = otherFields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(otherFields));
    }
}
