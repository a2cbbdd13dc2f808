package io.interviews.offer.service;

/** A recruiter's or candidate's decision that does not fit the letter's state; nothing changes, it is dead-lettered. */
public class DecisionRefusedException extends RuntimeException {

    public DecisionRefusedException(String message) {
        super(message);
    }
}
