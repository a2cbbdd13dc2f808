package io.interviews.gateway.service;

import io.interviews.kit.rest.ProblemException;
import io.interviews.kit.rest.Violation;
import jakarta.ws.rs.core.Response.Status;

import java.util.List;
import java.util.Locale;

/**
 * A request the gateway refuses, answered as problem details. Its {@link #code()} names the rule that refused it
 * in a few words (for metrics; the caller reads the detail).
 */
public class RequestRejected extends ProblemException {

    private final String code;

    private RequestRejected(Status status, String detail, List<Violation> violations, String code) {
        super(status, detail, violations);
        this.code = code;
    }

    public RequestRejected(Status status, String detail) {
        this(status, detail, List.of(), status.name().toLowerCase(Locale.ROOT));
    }

    /** The same rejection, named by a short code such as {@code already_answered} instead of its status'. */
    public RequestRejected withCode(String code) {
        return new RequestRejected(status(), getMessage(), violations(), code);
    }

    public static RequestRejected invalid(List<Violation> violations) {
        return new RequestRejected(Status.BAD_REQUEST, summary(violations), violations, "bad_request");
    }

    public static RequestRejected invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    /** A short snake_case name of the rule that refused the request; by default its status, e.g. {@code not_found}. */
    public String code() {
        return code;
    }
}
