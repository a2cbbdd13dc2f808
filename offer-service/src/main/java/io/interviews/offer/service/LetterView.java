package io.interviews.offer.service;

import io.interviews.events.Band;
import io.interviews.events.LetterKind;
import io.interviews.offer.repository.Letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A drafted letter as recruiters read it over HTTP; {@code salary} is null for a feedback letter. */
public record LetterView(UUID interviewId, LetterKind kind, String language, Letter.Status status, String markdown,
                         double total, Band band, boolean needsReview, LocalDate letterDate, LocalDate startDate,
                         LocalDate replyBy, Instant draftedAt, Salary salary) {

    public record Salary(long amount, String currency, double percentile, String window, String benchmark,
                         String source, LocalDate asOf, String method) {
    }

    static LetterView of(Letter letter) {
        Salary salary = letter.salaryAmount == null ? null
                : new Salary(letter.salaryAmount, letter.salaryCurrency, letter.salaryPercentile, letter.salaryWindow,
                        letter.salaryBenchmark, letter.salarySource, letter.salaryAsOf, letter.salaryMethod);
        return new LetterView(letter.interviewId, letter.kind, letter.language, letter.status, letter.markdown,
                letter.total, letter.band, letter.needsReview, letter.letterDate, letter.startDate, letter.replyBy,
                letter.draftedAt, salary);
    }
}
