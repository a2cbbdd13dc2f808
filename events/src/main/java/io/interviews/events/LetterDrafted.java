package io.interviews.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A letter drafted for the candidate; it waits for a recruiter before anything is sent. An offer carries its
 * {@code salary} and window, so a recruiter's edit can be checked where it is made; null for feedback.
 */
public record LetterDrafted(UUID eventId, UUID interviewId, Instant occurredAt, LetterKind kind, Language language,
                            double total, Band band, @Personal String markdown, SalaryRange salary)
        implements InterviewEvent {

    public static final String TYPE = "interview.letter-drafted.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
