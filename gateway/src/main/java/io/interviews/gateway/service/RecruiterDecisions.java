package io.interviews.gateway.service;

import io.interviews.events.LetterKind;
import io.interviews.events.RecruiterDecided;
import io.interviews.events.RecruiterDecided.Decision;
import io.interviews.events.Topics;
import io.interviews.gateway.repository.DraftedLetter.SalaryWindow;
import io.interviews.gateway.repository.Interview;
import io.interviews.gateway.repository.InterviewRepository;
import io.interviews.gateway.repository.InterviewStatus;
import io.interviews.gateway.repository.RecordedDecision;
import io.interviews.gateway.rest.ApprovalForm;
import io.interviews.gateway.rest.RejectionForm;
import io.interviews.gateway.webhook.Webhooks;
import io.interviews.kit.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The human in the loop: a recruiter approves or rejects the drafted letter. The decision is recorded and
 * {@link RecruiterDecided} written to the outbox in one transaction, on the interview's locked row, so each
 * interview gets one decision at a time. The offer-service acts on it; nothing reaches the candidate before. A
 * decision the offer-service refuses is reopened ({@link InterviewProgress}, on its {@code DecisionRefused}) and can
 * be taken again.
 */
@ApplicationScoped
public class RecruiterDecisions {

    @Inject InterviewRepository interviews;
    @Inject Outbox outbox;
    @Inject Webhooks webhooks;
    @Inject InterviewErasures erasures;

    /**
     * Approves the drafted letter, as {@code recruiter} (the signed-in identity); an offer's {@code annualSalary}
     * may replace the drafted figure.
     */
    @Transactional
    public RecordedDecision approve(String recruiter, UUID interviewId, ApprovalForm form) {
        Interview interview = lockedInterview(interviewId);
        String note = Remarks.optional(form == null ? null : form.note());
        BigDecimal salary = form == null ? null : form.annualSalary();
        requireAwaitingDecision(interview);
        String salaryProblem = RecruiterDecided.salaryProblem(salary);
        if (salaryProblem != null) {
            throw RequestRejected.invalid("annualSalary", salaryProblem);
        }
        if (salary != null && interview.draft.kind() != LetterKind.OFFER) {
            throw RequestRejected.invalid("annualSalary", "only an offer has a salary; this letter is "
                    + interview.draft.kind());
        }
        SalaryWindow window = interview.draft.salaryWindow();
        if (salary != null && window != null && (salary.compareTo(BigDecimal.valueOf(window.minimum())) < 0
                || salary.compareTo(BigDecimal.valueOf(window.maximum())) > 0)) {
            throw RequestRejected.invalid("annualSalary", "must lie inside the offer's salary window "
                    + window.currency() + " " + window.minimum() + "–" + window.maximum());
        }
        return record(interview, RecruiterDecided.of(interview.id, Decision.APPROVE, salary, recruiter, note));
    }

    /** Rejects the drafted letter: nothing is sent and the application ends in the talent pool. */
    @Transactional
    public RecordedDecision reject(String recruiter, UUID interviewId, RejectionForm form) {
        Interview interview = lockedInterview(interviewId);
        String note = Remarks.optional(form == null ? null : form.note());
        requireAwaitingDecision(interview);
        return record(interview, RecruiterDecided.of(interview.id, Decision.REJECT, null, recruiter, note));
    }

    private Interview lockedInterview(UUID interviewId) {
        return interviews.findForUpdate(interviewId).orElseThrow(() -> erasures.absent(interviewId));
    }

    private static void requireAwaitingDecision(Interview interview) {
        RecordedDecision recorded = interview.decision;
        if (recorded != null) {
            throw new RequestRejected(Status.CONFLICT, "decision already recorded: " + recorded.decision() + " by "
                    + recorded.recruiter() + " at " + recorded.decidedAt());
        }
        if (interview.draft == null) {
            throw new RequestRejected(Status.CONFLICT,
                    "no letter has been drafted yet (status " + interview.status + ")");
        }
        if (interview.status != InterviewStatus.AWAITING_DECISION) {
            throw new RequestRejected(Status.CONFLICT,
                    "the interview is not awaiting a decision (status " + interview.status + ")");
        }
    }

    private RecordedDecision record(Interview interview, RecruiterDecided decided) {
        interview.decision = RecordedDecision.of(decided);
        interview.decisionEventId = decided.eventId();
        outbox.add(Topics.DECISIONS, decided);
        webhooks.enqueue(decided);
        return interview.decision;
    }
}
