package io.interviews.stage.messaging;

import io.interviews.events.InterviewEvent;
import io.interviews.events.RescoreRequested;
import io.interviews.kit.RetriesTransientFailures;
import io.interviews.stage.service.StageInterviewService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A recruiter's re-score requests: the stage grades its stored transcript again, each request once. The stages'
 * {@code StageRegraded} answers on the same topic are not for a stage. Not one transaction: a model may grade.
 */
@ApplicationScoped
@RetriesTransientFailures
public class RescoreRequestsConsumer {

    @Inject StageInterviewService interviews;

    @Incoming("rescores")
    public void onRescore(InterviewEvent event) {
        if (event instanceof RescoreRequested request) {
            interviews.regrade(request, interviews.stage() + "/rescores");
        }
    }
}
