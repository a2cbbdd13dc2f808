package io.interviews.gateway.repository;

import io.interviews.events.LetterKind;
import io.interviews.events.LetterSent;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** The letter as it was sent to the candidate ({@link LetterSent}); the draft is never shown to them. */
@Embeddable
public record LetterAsSent(
        @Enumerated(EnumType.STRING) @Column(name = "sent_letter_kind") LetterKind kind,
        @Column(name = "sent_letter_markdown") String markdown,
        @Column(name = "letter_sent_at") Instant sentAt) {

    public static LetterAsSent of(LetterSent sent) {
        return new LetterAsSent(sent.kind(), sent.markdown(), sent.occurredAt());
    }
}
