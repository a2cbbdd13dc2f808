package io.interviews.offer.service;

import io.interviews.events.Band;
import io.interviews.events.LetterKind;
import io.interviews.offer.repository.Letter;
import io.interviews.offer.repository.LetterDecision;
import io.interviews.offer.repository.LetterResponse;
import io.interviews.offer.repository.LetterSalary;
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
                         LocalDate startDate, LocalDate replyBy, Instant draftedAt, LetterSalary salary,
                         LetterDecision decision, LetterResponse response, CandidateProfile profile) {

    static LetterView of(Letter letter) {
        return new LetterView(letter.interviewId, letter.kind, letter.language, letter.status, awaiting(letter),
                letter.markdown, letter.total, letter.band, letter.needsReview, letter.letterDate, letter.startDate,
                letter.replyBy, letter.draftedAt, letter.salary, letter.decision, letter.response,
                letter.candidateProfile);
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
