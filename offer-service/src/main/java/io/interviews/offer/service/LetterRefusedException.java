package io.interviews.offer.service;

/** A drafted letter failed the check; nothing is stored and the event goes to the dead-letter topic. */
public class LetterRefusedException extends RuntimeException {

    public LetterRefusedException(String message) {
        super(message);
    }
}
