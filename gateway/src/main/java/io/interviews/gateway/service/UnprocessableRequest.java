package io.interviews.gateway.service;

import io.interviews.kit.rest.Violation;

import java.util.List;

/**
 * A well-formed request the gateway cannot act on as it stands (e.g. a re-score naming an interview that is not
 * scored): answered {@code 422} as problem details, the violations naming what in it cannot be taken.
 */
public class UnprocessableRequest extends RuntimeException {

    private final List<Violation> violations;

    public UnprocessableRequest(String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
