package io.interviews.gateway.rest;

import io.interviews.gateway.audit.AgeBand;
import io.interviews.gateway.audit.RaceEthnicity;
import io.interviews.gateway.audit.Sex;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code PUT /api/interviews/{id}/self-identification}: the candidate's consent to the bias audit's use
 * of their answers (must be true) and each category, every one optional (null or absent: declined).
 */
public record SelfIdentificationForm(
        @NotNull(message = CONSENT) @AssertTrue(message = CONSENT) Boolean consent,
        Sex sex,
        RaceEthnicity raceEthnicity,
        AgeBand ageBand) {

    static final String CONSENT = "must be true: self-identification is stored only with the candidate's consent";
}
