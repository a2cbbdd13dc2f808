package io.interviews.kit.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Answers every error of every service's HTTP API as a {@link Problem}; no stack trace leaves a service. The most
 * specific mapper wins, so these replace Quarkus' own for validation, JSON and HTTP errors.
 */
public class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);
    private static final String WRONG_TYPE = "has the wrong type or shape";

    @ServerExceptionMapper
    public RestResponse<Problem> refused(ProblemException e, UriInfo uri) {
        return problem(e.status(), e.getMessage(), e.violations(), uri);
    }

    /** Bean Validation of a resource method's parameters (400) or, a bug of ours, its return value (500). */
    @ServerExceptionMapper
    public RestResponse<Problem> invalid(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemResponses::isOfReturnValue)) {
            return unexpected(e, uri);
        }
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(violation -> new Violation(field(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        return problem(Status.BAD_REQUEST, ProblemException.summary(violations), violations, uri);
    }

    /** Well-formed JSON whose values do not fit, e.g. a string where a number belongs. */
    @ServerExceptionMapper
    public RestResponse<Problem> mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unsupportedMediaType(NotSupportedException e, HttpHeaders headers, UriInfo uri) {
        return problem(Status.UNSUPPORTED_MEDIA_TYPE,
                "the request body must be JSON (Content-Type: application/json), not " + headers.getMediaType(),
                List.of(), uri);
    }

    /**
     * No resource at this path, or a path parameter its resource method could not convert: an id that is not a
     * UUID is a bad request (400) naming the parameter, not an unknown resource.
     */
    @ServerExceptionMapper
    public RestResponse<Problem> notFound(NotFoundException e, UriInfo uri, ResourceInfo resource) {
        List<Violation> malformed = e.getCause() == null ? List.of() : malformedIds(resource.getResourceMethod(), uri);
        if (!malformed.isEmpty()) {
            return problem(Status.BAD_REQUEST, ProblemException.summary(malformed), malformed, uri);
        }
        return problem(Status.NOT_FOUND, null, List.of(), uri);
    }

    /** Any other HTTP error; also bodies the JSON reader could not parse (a 400 caused by the parser's exception). */
    @ServerExceptionMapper
    public RestResponse<Problem> httpError(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        return problem(e.getResponse().getStatus(), null, List.of(), uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "Request to %s failed unexpectedly", uri.getPath());
        return problem(Status.INTERNAL_SERVER_ERROR, "the service's log has the details", List.of(), uri);
    }

    private static RestResponse<Problem> unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
            return problem(Status.BAD_REQUEST, "the request body is not valid JSON: it ends too early", List.of(), uri);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
            List<Violation> violations = List.of(new Violation(field, WRONG_TYPE));
            return problem(Status.BAD_REQUEST, ProblemException.summary(violations), violations, uri);
        }
        String at = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return problem(Status.BAD_REQUEST, "the request body is not valid JSON" + at, List.of(), uri);
    }

    /**
     * The JSON path of a violated request field, e.g. {@code candidate.name} or {@code plan[1].weight}: the
     * method and body parameter names are left out; a violated query, header or path parameter is named itself.
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = "";
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.BEAN
                    || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.isInIterable()) {
                    field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    field.append(field.isEmpty() ? "" : ".").append(node.getName());
                }
            }
        }
        return field.isEmpty() ? parameter : field.toString();
    }

    private static boolean isOfReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** The resource method's {@code UUID} path parameters whose value in this request is not a UUID. */
    private static List<Violation> malformedIds(Method method, UriInfo uri) {
        List<Violation> malformed = new ArrayList<>();
        if (method == null) {
            return malformed;
        }
        for (Parameter parameter : method.getParameters()) {
            String name = pathParameterName(parameter);
            String value = name == null ? null : uri.getPathParameters().getFirst(name);
            if (parameter.getType() == UUID.class && value != null && !isUuid(value)) {
                malformed.add(new Violation(name, "must be a UUID, not '" + value + "'"));
            }
        }
        return malformed;
    }

    private static String pathParameterName(Parameter parameter) {
        PathParam pathParam = parameter.getAnnotation(PathParam.class);
        if (pathParam != null) {
            return pathParam.value();
        }
        RestPath restPath = parameter.getAnnotation(RestPath.class);
        if (restPath == null) {
            return null;
        }
        return restPath.value().isEmpty() ? parameter.getName() : restPath.value();
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static RestResponse<Problem> problem(Status status, String detail, List<Violation> violations,
                                                 UriInfo uri) {
        return problem(status.getStatusCode(), detail, violations, uri);
    }

    private static RestResponse<Problem> problem(int status, String detail, List<Violation> violations, UriInfo uri) {
        return RestResponse.ResponseBuilder.<Problem>create(status)
                .entity(Problem.of(status, detail, uri.getPath(), violations))
                .type(Problem.MEDIA_TYPE)
                .build();
    }
}
