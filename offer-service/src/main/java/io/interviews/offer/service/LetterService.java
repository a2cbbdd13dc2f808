package io.interviews.offer.service;

import io.interviews.events.InterviewScored;
import io.interviews.events.LetterDrafted;
import io.interviews.events.Position;
import io.interviews.events.Topics;
import io.interviews.kit.Outbox;
import io.interviews.offer.config.OfferConfig;
import io.interviews.offer.repository.Letter;
import io.interviews.offer.repository.SalaryBenchmark;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Drafts, checks and stores one letter per scored interview, and announces it on interview.letters. */
@ApplicationScoped
public class LetterService {

    private static final Logger LOG = Logger.getLogger(LetterService.class);

    private final LetterDrafter drafter;
    private final Outbox outbox;
    private final OfferConfig config;

    LetterService(LetterDrafter drafter, Outbox outbox, OfferConfig config) {
        this.drafter = drafter;
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
        LocalDate letterDate = LocalDate.now(config.zone());
        LetterDraft draft = drafter.earnsOffer(scored)
                ? drafter.offer(scored, benchmarkFor(scored.context().position()), letterDate)
                : drafter.feedback(scored, letterDate);
        LetterCheck.verify(draft);
        LetterDrafted drafted = new LetterDrafted(UUID.randomUUID(), scored.interviewId(), Instant.now(),
                draft.kind(), draft.language(), scored.total(), scored.band(), draft.markdown());
        letterOf(scored, draft, drafted).persist();
        outbox.add(Topics.LETTERS, drafted);
    }

    @Transactional
    public Optional<LetterView> letter(UUID interviewId) {
        return Letter.<Letter>findByIdOptional(interviewId).map(LetterView::of);
    }

    private static Benchmark benchmarkFor(Position position) {
        BenchmarkTable table = new BenchmarkTable(SalaryBenchmark.<SalaryBenchmark>listAll().stream()
                .map(SalaryBenchmark::toBenchmark)
                .toList());
        return table.bestFor(position).orElseThrow(() -> new IllegalStateException(
                "no salary benchmark row fits " + position + " and the table has no fallback row"));
    }

    private static Letter letterOf(InterviewScored scored, LetterDraft draft, LetterDrafted drafted) {
        Letter letter = new Letter();
        letter.interviewId = scored.interviewId();
        letter.kind = draft.kind();
        letter.language = draft.language().code();
        letter.status = Letter.Status.DRAFTED;
        letter.markdown = draft.markdown();
        letter.total = scored.total();
        letter.band = scored.band();
        letter.needsReview = scored.needsReview();
        letter.letterDate = draft.letterDate();
        letter.startDate = draft.startDate();
        letter.replyBy = draft.replyBy();
        SalaryOffer salary = draft.salary();
        if (salary != null) {
            letter.salaryAmount = salary.amount();
            letter.salaryCurrency = salary.currency();
            letter.salaryPercentile = salary.percentile();
            letter.salaryWindow = salary.window().label();
            letter.salaryBenchmark = salary.benchmark().scope();
            letter.salarySource = salary.benchmark().source();
            letter.salaryAsOf = salary.benchmark().asOf();
            letter.salaryMethod = salary.method();
        }
        letter.draftedAt = drafted.occurredAt();
        letter.draftedEventId = drafted.eventId();
        return letter;
    }
}
