package io.interviews.scoring.messaging;

import io.interviews.events.InterviewEvent;
import io.interviews.events.StageRegraded;
import io.interviews.kit.HandledOnce;
import io.interviews.scoring.service.RescoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code interview.rescores}: the stages' {@link StageRegraded} answers are combined into re-scores; a
 * recruiter's RescoreRequested is the stages' business and ignored here. Event ids are on one topic only, so the
 * inbox name is the one of the stage-completed consumer.
 */
@ApplicationScoped
public class RescoresConsumer {

    @Inject RescoreService rescores;

    @Incoming("rescores")
    @HandledOnce("scoring-service")
    public void onRescoreEvent(InterviewEvent event) {
        if (event instanceof StageRegraded regraded) {
            rescores.onStageRegraded(regraded);
        }
    }
}
