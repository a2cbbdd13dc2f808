package io.interviews.gateway.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * An application: a recruiter's invitation ({@code POST /api/recruiter/interviews}), which may name a plan
 * {@code template} or give the {@code plan} itself, or a candidate's own registration ({@code POST /api/interviews},
 * where both are refused). Language, template and plan are checked by the service ({@code InterviewRegistration},
 * {@code InterviewPlans}), which reports their violations together with these: the plan rules also check the
 * configured plans.
 */
public record ApplicationForm(
        @NotNull(message = ApplicationForm.REQUIRED) @Valid CandidateForm candidate,
        @NotNull(message = ApplicationForm.REQUIRED) @Valid PositionForm position,
        String language,
        String template,
        List<StageForm> plan) {

    static final String REQUIRED = "is required";
    static final String TOO_LONG = "must be at most {max} characters";

    public record CandidateForm(
            @NotBlank(message = REQUIRED) @Size(max = 200, message = TOO_LONG) String name,
            @NotBlank(message = REQUIRED) @Email(message = "must be an email address")
            @Size(max = 320, message = TOO_LONG) String email) {
    }

    public record PositionForm(
            @NotBlank(message = REQUIRED) @Size(max = 200, message = TOO_LONG) String title,
            @NotBlank(message = REQUIRED) @Size(max = 100, message = TOO_LONG) String level,
            @NotBlank(message = REQUIRED) @Size(max = 200, message = TOO_LONG) String location) {
    }

    /** One planned stage; the weight is relative (the total is the weighted mean of the stage scores). */
    public record StageForm(String stage, Double weight) {
    }
}
