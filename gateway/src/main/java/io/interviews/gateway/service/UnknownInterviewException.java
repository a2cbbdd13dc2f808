package io.interviews.gateway.service;

import java.util.UUID;

/** An event names an interview the gateway never registered; it cannot be applied and goes to the dead letters. */
public class UnknownInterviewException extends RuntimeException {

    public UnknownInterviewException(UUID interviewId) {
        super("unknown interview " + interviewId);
    }
}
