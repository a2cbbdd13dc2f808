package io.interviews.gateway.rest;

import io.interviews.kit.rest.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * Rejects a body whose declared length exceeds {@code quarkus.http.limits.max-body-size} as problem details
 * instead of Quarkus' empty 413. Runs just before Quarkus' own check (route order -2), which still
 * guards bodies sent without a length.
 */
@ApplicationScoped
public class RequestSizeLimit {

    private static final int BEFORE_QUARKUS_BODY_LIMIT = -3;

    void install(@Observes Router router,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        long limit = maxBodySize.asLongValue();
        router.route().order(BEFORE_QUARKUS_BODY_LIMIT).handler(context -> rejectIfTooLarge(context, limit));
    }

    private static void rejectIfTooLarge(RoutingContext context, long limit) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? 0 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            length = 0; // not ours to judge; the HTTP layer rejects a malformed length
        }
        if (length <= limit) {
            context.next();
            return;
        }
        String detail = "the request body has " + length + " bytes; at most " + limit + " are accepted";
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.encode(Problem.of(413, detail, context.request().path(), List.of())));
    }
}
