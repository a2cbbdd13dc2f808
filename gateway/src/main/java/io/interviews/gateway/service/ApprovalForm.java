package io.interviews.gateway.service;

import java.math.BigDecimal;

/**
 * The optional body of {@code POST /api/recruiter/interviews/{id}/approve}: an offer's adjusted annual salary
 * (null keeps the drafted figure; the offer-service refuses one outside the offer's salary window) and a note.
 */
public record ApprovalForm(BigDecimal annualSalary, String note) {
}
