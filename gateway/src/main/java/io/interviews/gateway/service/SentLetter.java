package io.interviews.gateway.service;

import io.interviews.events.LetterKind;
import io.interviews.gateway.repository.Interview;

import java.time.Instant;

/** The letter as it was sent to the candidate, after a recruiter approved it. */
public record SentLetter(LetterKind kind, String markdown, Instant sentAt) {

    /** The interview's sent letter, or null while nothing is sent. */
    static SentLetter of(Interview interview) {
        return interview.letterSentAt == null ? null
                : new SentLetter(interview.sentLetterKind, interview.sentLetterMarkdown, interview.letterSentAt);
    }
}
