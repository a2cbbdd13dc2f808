package io.interviews.kit.rest;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A 404 problem for a request no route takes. Services with REST resources answer those through
 * {@link ProblemResponses}; this covers the ones that serve only health and metrics (the interviewers), whose
 * unknown addresses would otherwise get Vert.x' HTML page.
 */
@ApplicationScoped
public class UnmatchedRequests {

    void install(@Observes Router router) {
        router.route().last().handler(context -> RoutedProblems.end(context, 404, null));
    }
}
