package io.interviews.events;

public enum LetterKind {
    OFFER,
    FEEDBACK
}
