package io.interviews.offer.service;

import io.interviews.events.CandidateResponded;
import io.interviews.events.DecisionRefused;
import io.interviews.events.InterviewConcluded;
import io.interviews.events.LetterKind;
import io.interviews.events.LetterSent;
import io.interviews.events.RecruiterDecided;
import io.interviews.events.Topics;
import io.interviews.kit.Outbox;
import io.interviews.offer.config.OfferConfig;
import io.interviews.offer.repository.Letter;
import io.interviews.offer.repository.LetterDecision;
import io.interviews.offer.repository.LetterResponse;
import io.interviews.offer.repository.LetterSalary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * The human decisions on a letter (docs/architecture.md, "Offers and human decisions"; issue #4): a recruiter
 * approves (an offer's salary may be edited within its window) or rejects a DRAFTED letter; only an approval sends
 * it, dated that day; the candidate then accepts or declines a sent offer. Every letter waits for a recruiter,
 * whatever its band. A recruiter's decision that does not fit the letter is refused and changes nothing; the refusal
 * goes back to the gateway as {@link DecisionRefused}. A candidate's answer that does not fit is refused the same way
 * and dead-lettered (the gateway only lets a candidate answer a sent offer).
 */
@ApplicationScoped
public class LetterDecisions {

    private static final Logger LOG = Logger.getLogger(LetterDecisions.class);

    @Inject LetterDrafter drafter;
    @Inject Outbox outbox;
    @Inject OfferConfig config;

    /**
     * Applies the recruiter's decision, or, when it is refused (no letter, a letter no longer DRAFTED, an invalid
     * salary, a re-rendered letter failing the check), leaves the letter unchanged and emits {@link DecisionRefused}
     * with the reason, so the gateway reopens the decision instead of waiting for a letter that never comes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onRecruiterDecided(RecruiterDecided decision) {
        try {
            decide(decision);
        } catch (DecisionRefusedException | LetterRefusedException refused) {
            LOG.warnf("Decision %s refused: %s", decision.eventId(), refused.getMessage());
            outbox.add(Topics.LETTERS, DecisionRefused.of(decision, refused.getMessage()));
        }
    }

    /** Every check comes before the first change, so a refusal leaves the letter exactly as it was. */
    private void decide(RecruiterDecided decision) {
        Letter letter = lockedLetter(decision.interviewId());
        if (letter.status != Letter.Status.DRAFTED) {
            throw refused(letter, decision.decision() + " by " + decision.recruiter() + " refused: the letter is "
                    + letter.status + ", only a DRAFTED letter can be decided");
        }
        if (decision.decision() == RecruiterDecided.Decision.REJECT) {
            letter.decision = new LetterDecision(decision.recruiter(), decision.note(), decision.occurredAt(), null);
            letter.status = Letter.Status.REJECTED;
            outbox.add(Topics.LETTERS, InterviewConcluded.of(letter.interviewId, InterviewConcluded.Outcome.TALENT_POOL,
                    kindName(letter) + " rejected by " + decision.recruiter() + noteSuffix(decision.note())));
            return;
        }
        LetterDraft sent = redraft(letter, decision.annualSalary(), LocalDate.now(config.zone()));
        LetterCheck.verify(sent);
        letter.decision = new LetterDecision(decision.recruiter(), decision.note(), decision.occurredAt(),
                Instant.now());
        apply(sent, letter);
        letter.status = Letter.Status.SENT;
        outbox.add(Topics.LETTERS, LetterSent.of(letter.interviewId, letter.kind, sent.language(), sent.markdown()));
        if (letter.kind == LetterKind.FEEDBACK) {
            outbox.add(Topics.LETTERS, InterviewConcluded.of(letter.interviewId,
                    InterviewConcluded.Outcome.TALENT_POOL, "feedback letter sent"));
        }
    }

    /** @throws DecisionRefusedException unless the letter is a SENT offer */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onCandidateResponded(CandidateResponded response) {
        Letter letter = lockedLetter(response.interviewId());
        String answer = response.accepted() ? "acceptance" : "refusal";
        if (letter.kind != LetterKind.OFFER) {
            throw refused(letter, "candidate's " + answer + " refused: a feedback letter takes no answer");
        }
        if (letter.status != Letter.Status.SENT) {
            throw refused(letter, "candidate's " + answer + " refused: the offer is " + letter.status
                    + ", only a SENT offer can be answered");
        }
        letter.status = response.accepted() ? Letter.Status.ACCEPTED : Letter.Status.DECLINED;
        letter.response = new LetterResponse(response.comment(), response.occurredAt());
        outbox.add(Topics.LETTERS, response.accepted()
                ? InterviewConcluded.of(letter.interviewId, InterviewConcluded.Outcome.HIRED, "offer accepted")
                : InterviewConcluded.of(letter.interviewId, InterviewConcluded.Outcome.TALENT_POOL,
                "offer declined" + noteSuffix(response.comment())));
    }

    /** The letter rendered again from its terms, dated {@code letterDate}, with the recruiter's salary if any. */
    private LetterDraft redraft(Letter letter, BigDecimal annualSalary, LocalDate letterDate) {
        if (letter.terms == null) {
            throw refused(letter, "the letter's terms cannot be read: none were stored with it");
        }
        if (letter.terms instanceof FeedbackTerms feedback) {
            if (annualSalary != null) {
                throw refused(letter, "approval refused: a feedback letter has no salary to set");
            }
            return drafter.feedback(feedback, letterDate);
        }
        OfferTerms terms = (OfferTerms) letter.terms;
        if (annualSalary != null) {
            String problem = RecruiterDecided.salaryProblem(annualSalary);
            if (problem != null) {
                throw refused(letter, "approval refused: the salary " + problem);
            }
            SalaryOffer salary = terms.salary();
            if (annualSalary.compareTo(BigDecimal.valueOf(salary.windowLow())) < 0
                    || annualSalary.compareTo(BigDecimal.valueOf(salary.windowHigh())) > 0) {
                throw refused(letter, String.format(Locale.ROOT,
                        "approval refused: salary %s %s is outside the %s window (%s %,d–%,d)", salary.currency(),
                        annualSalary.toPlainString(), salary.window().label(), salary.currency(), salary.windowLow(),
                        salary.windowHigh()));
            }
            terms = terms.withSalary(salary.withAmount(annualSalary.longValueExact(), SalaryOffer.Placement.RECRUITER,
                    salary.expectation()));
        }
        return drafter.offer(terms, letterDate);
    }

    /** Copies what a rendered draft decides (text, dates, salary) onto the stored letter. */
    static void apply(LetterDraft draft, Letter letter) {
        letter.markdown = draft.markdown();
        letter.letterDate = draft.letterDate();
        letter.startDate = draft.startDate();
        letter.replyBy = draft.replyBy();
        SalaryOffer salary = draft.salary();
        if (salary != null) {
            Benchmark benchmark = salary.benchmark();
            letter.salary = new LetterSalary(salary.amount(), salary.currency(), salary.percentile(),
                    salary.window().label(), salary.windowLow(), salary.windowHigh(), benchmark.scope(),
                    benchmark.source(), benchmark.asOf(), benchmark.sampleSize(), salary.method());
        }
    }

    private static Letter lockedLetter(UUID interviewId) {
        Letter letter = Letter.findById(interviewId, LockModeType.PESSIMISTIC_WRITE);
        if (letter == null) {
            throw new DecisionRefusedException("decision for interview " + interviewId + " refused: no letter drafted");
        }
        return letter;
    }

    private static DecisionRefusedException refused(Letter letter, String reason) {
        return new DecisionRefusedException(kindName(letter) + " for interview " + letter.interviewId + ": " + reason);
    }

    private static String kindName(Letter letter) {
        return letter.kind == LetterKind.OFFER ? "offer letter" : "feedback letter";
    }

    private static String noteSuffix(String note) {
        return note == null || note.isBlank() ? "" : ": " + note;
    }
}
