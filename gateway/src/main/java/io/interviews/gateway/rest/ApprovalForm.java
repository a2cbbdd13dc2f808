package io.interviews.gateway.rest;

import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * The optional body of {@code POST /api/recruiter/interviews/{id}/approve}: an offer's adjusted annual salary
 * (null keeps the drafted figure; checked by {@code RecruiterDecided.salaryProblem}, the rule the offer-service
 * applies too, and against the offer's salary window) and a note.
 */
public record ApprovalForm(
        BigDecimal annualSalary,
        @Size(max = RejectionForm.MAX_REMARK_LENGTH, message = ApplicationForm.TOO_LONG) String note) {
}
