package io.interviews.gateway.service;

import java.util.List;
import java.util.Locale;

/**
 * A request the gateway refuses, with a message for the caller and, for invalid input, each violation. Its
 * {@link #code()} names the rule that refused it in a few words (for metrics; the caller reads the message).
 */
public class RequestRejected extends RuntimeException {

    public enum Reason {
        INVALID,
        UNAUTHORIZED,
        NOT_FOUND,
        CONFLICT,
        TOO_LARGE
    }

    /** One thing wrong with the input: where ({@code field}, a JSON path such as {@code plan[1].weight}) and what. */
    public record Violation(String field, String message) {
    }

    private final Reason reason;
    private final List<Violation> violations;
    private final String code;

    private RequestRejected(Reason reason, String message, List<Violation> violations, String code) {
        super(message, null, false, false);
        this.reason = reason;
        this.violations = List.copyOf(violations);
        this.code = code;
    }

    private RequestRejected(Reason reason, String message, List<Violation> violations) {
        this(reason, message, violations, reason.name().toLowerCase(Locale.ROOT));
    }

    /** The same rejection, named by a short code such as {@code already_answered} instead of its reason's. */
    public RequestRejected withCode(String code) {
        return new RequestRejected(reason, getMessage(), violations, code);
    }

    public static RequestRejected invalid(List<Violation> violations) {
        String summary = violations.stream()
                .map(v -> v.field().isEmpty() ? v.message() : v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return new RequestRejected(Reason.INVALID, summary, violations);
    }

    public static RequestRejected invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    public static RequestRejected unauthorized(String message) {
        return new RequestRejected(Reason.UNAUTHORIZED, message, List.of());
    }

    public static RequestRejected notFound(String message) {
        return new RequestRejected(Reason.NOT_FOUND, message, List.of());
    }

    public static RequestRejected conflict(String message) {
        return new RequestRejected(Reason.CONFLICT, message, List.of());
    }

    public static RequestRejected tooLarge(String message) {
        return new RequestRejected(Reason.TOO_LARGE, message, List.of());
    }

    public Reason reason() {
        return reason;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** A short snake_case name of the rule that refused the request; by default its reason, e.g. {@code not_found}. */
    public String code() {
        return code;
    }
}
