package io.interviews.kit.rest;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/** Answers a request as a {@link Problem} from a Vert.x route or filter, where no JAX-RS exception mapper applies. */
public final class RoutedProblems {

    private RoutedProblems() {
    }

    /** Ends the request's response with {@code status} and its problem; {@code detail} may be null. */
    public static void end(RoutingContext context, int status, String detail) {
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(Problem.of(status, detail, context.request().path(), List.of())));
    }
}
