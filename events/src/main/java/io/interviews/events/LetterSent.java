package io.interviews.events;

import java.time.Instant;
import java.util.UUID;

/** An approved letter released to the candidate: the final text as sent. */
public record LetterSent(UUID eventId, UUID interviewId, Instant occurredAt, LetterKind kind, Language language,
                         @Personal String markdown) implements InterviewEvent {

    public static final String TYPE = "interview.letter-sent.v1";

    public static LetterSent of(UUID interviewId, LetterKind kind, Language language, String markdown) {
        return new LetterSent(UUID.randomUUID(), interviewId, Instant.now(), kind, language, markdown);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
