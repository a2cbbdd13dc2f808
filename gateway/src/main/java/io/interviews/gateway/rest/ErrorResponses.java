package io.interviews.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.interviews.gateway.service.RequestRejected;
import io.interviews.gateway.service.RequestRejected.Violation;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Every error becomes {@code {"error": "...", "violations": [...]}}; no stack trace leaves the gateway. */
public class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

    public record ErrorBody(String error, List<Violation> violations) {

        static ErrorBody of(String error) {
            return new ErrorBody(error, List.of());
        }
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> rejected(RequestRejected e) {
        Status status = switch (e.reason()) {
            case INVALID -> Status.BAD_REQUEST;
            case UNAUTHORIZED -> Status.UNAUTHORIZED;
            case NOT_FOUND -> Status.NOT_FOUND;
            case CONFLICT -> Status.CONFLICT;
            case TOO_LARGE -> Status.REQUEST_ENTITY_TOO_LARGE;
        };
        return json(status, new ErrorBody(e.getMessage(), e.violations()));
    }

    /** Well-formed JSON whose values do not fit, e.g. a string where a number belongs. */
    @ServerExceptionMapper
    public RestResponse<ErrorBody> mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> unsupportedMediaType(NotSupportedException e) {
        return json(Status.UNSUPPORTED_MEDIA_TYPE,
                ErrorBody.of("the request body must be JSON (Content-Type: application/json)"));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> notFound(NotFoundException e) {
        return json(Status.NOT_FOUND, ErrorBody.of("not found"));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> methodNotAllowed(NotAllowedException e) {
        return json(Status.METHOD_NOT_ALLOWED,
                ErrorBody.of("method not allowed; allowed: " + e.getResponse().getAllowedMethods()));
    }

    /** Also bodies the JSON reader could not parse: it reports them as a 400 caused by the parser's exception. */
    @ServerExceptionMapper
    public RestResponse<ErrorBody> otherHttpError(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        Status status = Status.fromStatusCode(e.getResponse().getStatus());
        String reason = status != null ? status.getReasonPhrase() : "HTTP " + e.getResponse().getStatus();
        return json(e.getResponse().getStatus(), ErrorBody.of(reason.toLowerCase(Locale.ROOT)));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> unexpected(Exception e) {
        LOG.error("Request failed unexpectedly", e);
        return json(Status.INTERNAL_SERVER_ERROR, ErrorBody.of("internal error; the gateway's log has the details"));
    }

    private static RestResponse<ErrorBody> unreadableJson(JsonProcessingException e) {
        if (String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
            return json(Status.BAD_REQUEST, ErrorBody.of("the request body is not valid JSON: it ends too early"));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
            return json(Status.BAD_REQUEST, new ErrorBody(field + ": has the wrong type or shape",
                    List.of(new Violation(field, "has the wrong type or shape"))));
        }
        String at = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return json(Status.BAD_REQUEST, ErrorBody.of("the request body is not valid JSON" + at));
    }

    private static RestResponse<ErrorBody> json(Status status, ErrorBody body) {
        return json(status.getStatusCode(), body);
    }

    private static RestResponse<ErrorBody> json(int status, ErrorBody body) {
        return RestResponse.ResponseBuilder.<ErrorBody>create(status).entity(body).type(MediaType.APPLICATION_JSON)
                .build();
    }
}
