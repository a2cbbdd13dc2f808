package io.interviews.gateway.repository;

import io.interviews.events.LetterDrafted;
import io.interviews.events.LetterKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The letter as drafted, before any decision; an offer's {@code salaryWindow} is where an approval may move its
 * salary (null for feedback).
 */
@Embeddable
public record DraftedLetter(
        @Enumerated(EnumType.STRING) @Column(name = "letter_kind") LetterKind kind,
        @Column(name = "letter_markdown") String markdown,
        SalaryWindow salaryWindow) {

    public static DraftedLetter of(LetterDrafted drafted) {
        return new DraftedLetter(drafted.kind(), drafted.markdown(), drafted.salary() == null ? null
                : new SalaryWindow(drafted.salary().currency(), drafted.salary().minimum(),
                drafted.salary().maximum()));
    }

    /** The whole annual amounts an approval may set an offer's salary to, both ends included. */
    @Embeddable
    public record SalaryWindow(
            @Column(name = "salary_currency") String currency,
            @Column(name = "salary_minimum") long minimum,
            @Column(name = "salary_maximum") long maximum) {
    }
}
