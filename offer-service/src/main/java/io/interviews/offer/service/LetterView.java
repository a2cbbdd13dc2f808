package io.interviews.offer.service;

import io.interviews.events.Band;
import io.interviews.events.LetterKind;
import io.interviews.offer.repository.Letter;
import io.interviews.offer.service.profile.CandidateProfile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A letter as recruiters read it over HTTP: its status and what it waits for, the text, the salary with its
 * window ({@code null} for a feedback letter), the decisions so far and the candidate's profile.
 */
public record LetterView(UUID interviewId, LetterKind kind, String language, Letter.Status status, String awaiting,
                         String markdown, double total, Band band, boolean needsReview, LocalDate letterDate,
                         LocalDate startDate, LocalDate replyBy, Instant draftedAt, Salary salary, Decision decision,
                         Response response, CandidateProfile profile) {

    public record Salary(long amount, String currency, double percentile, String window, Long windowLow,
                         Long windowHigh, String benchmark, String source, LocalDate asOf, Integer sampleSize,
                         String method) {
    }

    public record Decision(String recruiter, String note, Instant decidedAt, Instant sentAt) {
    }

    public record Response(String comment, Instant respondedAt) {
    }

    static LetterView of(Letter letter, CandidateProfile profile) {
        Salary salary = letter.salaryAmount == null ? null
                : new Salary(letter.salaryAmount, letter.salaryCurrency, letter.salaryPercentile, letter.salaryWindow,
                        letter.salaryWindowLow, letter.salaryWindowHigh, letter.salaryBenchmark, letter.salarySource,
                        letter.salaryAsOf, letter.salarySampleSize, letter.salaryMethod);
        Decision decision = letter.decidedAt == null ? null
                : new Decision(letter.decidedBy, letter.decisionNote, letter.decidedAt, letter.sentAt);
        Response response = letter.respondedAt == null ? null
                : new Response(letter.responseComment, letter.respondedAt);
        return new LetterView(letter.interviewId, letter.kind, letter.language, letter.status, awaiting(letter),
                letter.markdown, letter.total, letter.band, letter.needsReview, letter.letterDate, letter.startDate,
                letter.replyBy, letter.draftedAt, salary, decision, response, profile);
    }

    /** Whose move it is, or null once the letter's way has ended. */
    private static String awaiting(Letter letter) {
        return switch (letter.status) {
            case DRAFTED -> "recruiter";
            case SENT -> letter.kind == LetterKind.OFFER ? "candidate" : null;
            case ACCEPTED, DECLINED, REJECTED -> null;
        };
    }
}
