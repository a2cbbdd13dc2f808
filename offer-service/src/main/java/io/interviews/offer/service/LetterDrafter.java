package io.interviews.offer.service;

import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewScored;
import io.interviews.events.LetterKind;
import io.interviews.events.Position;
import io.interviews.offer.config.OfferConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;

/** Turns a scored interview into an offer or a feedback letter, in the interview's language. */
@ApplicationScoped
public class LetterDrafter {

    private final LetterTemplates templates;
    private final OfferConfig config;

    public LetterDrafter(LetterTemplates templates, OfferConfig config) {
        this.templates = templates;
        this.config = config;
    }

    public boolean earnsOffer(InterviewScored scored) {
        return scored.total() >= config.threshold();
    }

    public LetterDraft offer(InterviewScored scored, Benchmark benchmark, LocalDate letterDate) {
        InterviewContext context = scored.context();
        Position position = context.position();
        LetterFormat format = LetterFormat.of(context.language());
        SalaryOffer salary = SalaryPlacement.place(benchmark, scored.total());
        LocalDate startDate = WorkingDays.onOrAfter(letterDate.plusDays(config.noticeDays()));
        LocalDate replyBy = WorkingDays.plus(letterDate, config.replyWorkingDays());
        OfferLetter letter = new OfferLetter(config.company().name(), config.company().contact(),
                context.candidate().name(), position.title(), blankToNull(position.level()),
                blankToNull(position.location()), format.date(letterDate),
                format.money(salary.amount(), salary.currency()), salary.window().label(),
                format.percentile(salary.percentile()), format.benchmarkScope(benchmark), benchmark.source(),
                format.date(benchmark.asOf()), format.date(startDate), format.date(replyBy));
        return new LetterDraft(LetterKind.OFFER, context.language(), templates.offer(context.language(), letter),
                letterDate, startDate, replyBy, salary);
    }

    public LetterDraft feedback(InterviewScored scored, LocalDate letterDate) {
        InterviewContext context = scored.context();
        LetterFormat format = LetterFormat.of(context.language());
        FeedbackLetter letter = new FeedbackLetter(config.company().name(), config.company().contact(),
                context.candidate().name(), context.position().title(), format.date(letterDate),
                ImprovementAreas.from(scored.results()));
        return new LetterDraft(LetterKind.FEEDBACK, context.language(),
                templates.feedback(context.language(), letter), letterDate, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
