package io.interviews.scoring.service;

/** A final stage-completed event that cannot be scored at all; its record goes to the dead-letter topic. */
public class UnscorableInterviewException extends RuntimeException {

    public UnscorableInterviewException(String message) {
        super(message);
    }
}
