package io.interviews.offer.service;

import io.interviews.events.Language;
import io.interviews.events.LetterKind;

import java.time.LocalDate;

/**
 * A rendered letter before it is checked and stored. An offer has a start date, a reply deadline and a salary;
 * a feedback letter has none of them (null).
 */
public record LetterDraft(LetterKind kind, Language language, String markdown, LocalDate letterDate,
                          LocalDate startDate, LocalDate replyBy, SalaryOffer salary) {
}
