package io.interviews.offer.service;

/**
 * A recruiter's or candidate's decision that does not fit the letter; nothing changes. A recruiter's refused decision
 * is reported back as {@code DecisionRefused}, a candidate's answer is dead-lettered.
 */
public class DecisionRefusedException extends RuntimeException {

    public DecisionRefusedException(String message) {
        super(message);
    }
}
