package io.interviews.events;

import java.time.Instant;
import java.util.UUID;

/** A letter drafted for the candidate; it waits for a recruiter before anything is sent. */
public record LetterDrafted(UUID eventId, UUID interviewId, Instant occurredAt, LetterKind kind, Language language,
                            double total, Band band, String markdown) implements InterviewEvent {

    public static final String TYPE = "interview.letter-drafted.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
