package io.interviews.offer.service;

import io.interviews.events.InterviewScored;
import io.interviews.events.LetterDrafted;
import io.interviews.events.SalaryRange;
import io.interviews.events.Topics;
import io.interviews.kit.Outbox;
import io.interviews.offer.config.OfferConfig;
import io.interviews.offer.repository.Letter;
import io.interviews.offer.service.profile.CandidateProfile;
import io.interviews.offer.service.profile.ProfileExtractor;
import io.interviews.offer.service.profile.SkillVocabulary;
import io.interviews.offer.service.profile.Sourced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Drafts, checks and stores one letter per scored interview, with the candidate's profile, and announces it on
 * interview.letters. A drafted letter waits for a recruiter ({@link LetterDecisions}); nothing is sent from here.
 */
@ApplicationScoped
public class LetterService {

    private static final Logger LOG = Logger.getLogger(LetterService.class);

    private final LetterDrafter drafter;
    private final SalaryBenchmarks benchmarks;
    private final ProfileExtractor profiles;
    private final Outbox outbox;
    private final OfferConfig config;

    LetterService(LetterDrafter drafter, SalaryBenchmarks benchmarks, Outbox outbox, OfferConfig config) {
        this.drafter = drafter;
        this.benchmarks = benchmarks;
        this.profiles = new ProfileExtractor(SkillVocabulary.load());
        this.outbox = outbox;
        this.config = config;
    }

    /** @throws LetterRefusedException if the drafted letter fails {@link LetterCheck}; nothing is stored then */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onInterviewScored(InterviewScored scored) {
        if (Letter.findById(scored.interviewId()) != null) {
            LOG.warnf("Interview %s already has a letter; ignoring InterviewScored %s", scored.interviewId(),
                    scored.eventId());
            return;
        }
        CandidateProfile profile = profiles.extract(scored.context(), scored.results());
        LocalDate letterDate = LocalDate.now(config.zone());
        LetterTerms terms;
        LetterDraft draft;
        if (drafter.earnsOffer(scored)) {
            OfferTerms offerTerms = drafter.offerTerms(scored, benchmarks.benchmarkFor(scored.context().position()),
                    Optional.ofNullable(profile.expectedSalary()).map(Sourced::value));
            terms = offerTerms;
            draft = drafter.offer(offerTerms, letterDate);
        } else {
            FeedbackTerms feedbackTerms = drafter.feedbackTerms(scored);
            terms = feedbackTerms;
            draft = drafter.feedback(feedbackTerms, letterDate);
        }
        LetterCheck.verify(draft);
        SalaryRange salaryRange = terms instanceof OfferTerms offer
                ? new SalaryRange(offer.salary().currency(), offer.salary().amount(), offer.salary().windowLow(),
                        offer.salary().windowHigh())
                : null;
        LetterDrafted drafted = new LetterDrafted(UUID.randomUUID(), scored.interviewId(), Instant.now(),
                draft.kind(), draft.language(), scored.total(), scored.band(), draft.markdown(), salaryRange);
        Letter letter = new Letter();
        letter.interviewId = scored.interviewId();
        letter.kind = draft.kind();
        letter.language = draft.language().code();
        letter.status = Letter.Status.DRAFTED;
        letter.total = scored.total();
        letter.band = scored.band();
        letter.needsReview = scored.needsReview();
        letter.terms = terms;
        letter.candidateProfile = profile;
        letter.draftedAt = drafted.occurredAt();
        letter.draftedEventId = drafted.eventId();
        LetterDecisions.apply(draft, letter);
        letter.persist();
        outbox.add(Topics.LETTERS, drafted);
    }

    @Transactional
    public Optional<LetterView> letter(UUID interviewId) {
        return Letter.<Letter>findByIdOptional(interviewId).map(LetterView::of);
    }
}
