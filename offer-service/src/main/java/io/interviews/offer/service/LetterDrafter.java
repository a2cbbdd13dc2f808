package io.interviews.offer.service;

import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewScored;
import io.interviews.events.LetterKind;
import io.interviews.events.Position;
import io.interviews.offer.config.OfferConfig;
import io.interviews.offer.service.profile.SalaryFigure;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns a scored interview into the terms of an offer or a feedback letter, and renders terms as a dated letter
 * in the interview's language.
 */
@ApplicationScoped
public class LetterDrafter {

    private final LetterTemplates templates;
    private final OfferConfig config;
    private final ImprovementAdvice advice;

    public LetterDrafter(LetterTemplates templates, OfferConfig config) {
        this.templates = templates;
        this.config = config;
        this.advice = ImprovementAdvice.load();
    }

    public boolean earnsOffer(InterviewScored scored) {
        return scored.total() >= config.threshold();
    }

    /** The salary placed by the total in the benchmark, then moved by the expectation as the policy says. */
    public OfferTerms offerTerms(InterviewScored scored, Benchmark benchmark, Optional<SalaryFigure> expectation) {
        InterviewContext context = scored.context();
        SalaryOffer placed = SalaryPlacement.place(benchmark, scored.total());
        OptionalLong expectedAnnual = expectation
                .map(figure -> figure.annualMidpointIn(benchmark.currency()))
                .orElse(OptionalLong.empty());
        SalaryOffer salary = config.expectedSalaryPolicy().apply(placed, expectedAnnual);
        return new OfferTerms(context.language(), context.candidate().name(), context.position(), salary);
    }

    /** The areas scoring-service chose, worded for the candidate in the interview's language. */
    public FeedbackTerms feedbackTerms(InterviewScored scored) {
        InterviewContext context = scored.context();
        return new FeedbackTerms(context.language(), context.candidate().name(), context.position().title(),
                advice.forAreas(context.language(), scored.improvementAreas()));
    }

    public LetterDraft offer(OfferTerms terms, LocalDate letterDate) {
        Position position = terms.position();
        LetterFormat format = LetterFormat.of(terms.language());
        SalaryOffer salary = terms.salary();
        Benchmark benchmark = salary.benchmark();
        LocalDate startDate = WorkingDays.onOrAfter(letterDate.plusDays(config.noticeDays()));
        LocalDate replyBy = WorkingDays.plus(letterDate, config.replyWorkingDays());
        OfferLetter letter = new OfferLetter(config.company().name(), config.company().contact(),
                terms.candidateName(), position.title(), blankToNull(position.level()),
                blankToNull(position.location()), format.date(letterDate),
                format.money(salary.amount(), salary.currency()), salary.window().label(), format.placement(salary),
                format.benchmarkScope(benchmark), benchmark.source(), format.date(benchmark.asOf()),
                format.count(benchmark.sampleSize()), format.basis(benchmark.basis()), format.date(startDate),
                format.date(replyBy));
        return new LetterDraft(LetterKind.OFFER, terms.language(), templates.offer(terms.language(), letter),
                letterDate, startDate, replyBy, salary);
    }

    public LetterDraft feedback(FeedbackTerms terms, LocalDate letterDate) {
        LetterFormat format = LetterFormat.of(terms.language());
        FeedbackLetter letter = new FeedbackLetter(config.company().name(), config.company().contact(),
                terms.candidateName(), terms.positionTitle(), format.date(letterDate), terms.improvementAreas());
        return new LetterDraft(LetterKind.FEEDBACK, terms.language(), templates.feedback(terms.language(), letter),
                letterDate, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
