package io.interviews.gateway.service;

import io.interviews.events.LetterKind;
import io.interviews.events.RecruiterDecided.Decision;
import io.interviews.gateway.audit.AssessedCandidate;
import io.interviews.gateway.audit.BiasAudit;
import io.interviews.gateway.audit.BiasAuditReport;
import io.interviews.gateway.audit.Selection;
import io.interviews.gateway.repository.SelfIdentificationRepository;
import io.interviews.gateway.repository.SelfIdentificationRepository.AuditedInterview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The bias audit over the self-identified candidates whose outcome is known. Earns an offer: among those with a
 * drafted letter, the letter is an offer. Final approval: among those a recruiter decided on, an approved offer.
 */
@ApplicationScoped
public class BiasAudits {

    @Inject SelfIdentificationRepository selfIdentifications;

    @Transactional
    public BiasAuditReport report() {
        List<AuditedInterview> interviews = selfIdentifications.withDraftedLetter();
        List<AssessedCandidate> offers = interviews.stream()
                .map(interview -> assessed(interview, interview.letterKind() == LetterKind.OFFER))
                .toList();
        List<AssessedCandidate> approvals = interviews.stream()
                .filter(interview -> interview.decision() != null)
                .map(interview -> assessed(interview,
                        interview.letterKind() == LetterKind.OFFER && interview.decision() == Decision.APPROVE))
                .toList();
        return new BiasAuditReport(Instant.now(), List.of(
                BiasAudit.audit(Selection.EARNS_AN_OFFER, offers),
                BiasAudit.audit(Selection.FINAL_APPROVAL, approvals)));
    }

    private static AssessedCandidate assessed(AuditedInterview interview, boolean selected) {
        return new AssessedCandidate(interview.sex(), interview.raceEthnicity(), interview.ageBand(), selected);
    }
}
