package io.interviews.kit.rest;

import jakarta.ws.rs.core.Response.Status;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request a service refuses on purpose; answered as a {@link Problem} with this status, the message as its
 * {@code detail} and the violations. Carries no stack trace: it is an answer, not a failure.
 */
public class ProblemException extends RuntimeException {

    private final Status status;
    private final List<Violation> violations;

    public ProblemException(Status status, String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Status.NOT_FOUND, detail, List.of());
    }

    /** A 400 whose detail sums up the violations. */
    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(Status.BAD_REQUEST, summary(violations), violations);
    }

    /** The violations in one line, e.g. {@code note: must be at most 2000 characters; limit: must be positive}. */
    public static String summary(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.field().isEmpty() ? v.message() : v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
    }

    public Status status() {
        return status;
    }

    public List<Violation> violations() {
        return violations;
    }
}
