package io.interviews.kit.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response.Status;

import java.util.List;

/**
 * An error answer as RFC 9457 problem details ({@code application/problem+json}). {@code type} stays
 * {@code about:blank}, so {@code title} is the status' reason phrase and {@code detail} says what went wrong
 * with this request; {@code instance} is the request's path; {@code violations} lists the fields an invalid
 * request got wrong (empty for other problems).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String UNTYPED = "about:blank";

    /** The problem of a request to {@code instance} answered with {@code status}; {@code detail} may be null. */
    public static Problem of(int status, String detail, String instance, List<Violation> violations) {
        Status known = Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return new Problem(UNTYPED, title, status, detail, instance, List.copyOf(violations));
    }
}
