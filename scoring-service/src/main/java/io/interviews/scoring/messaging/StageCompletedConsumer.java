package io.interviews.scoring.messaging;

import io.interviews.events.StageCompleted;
import io.interviews.kit.HandledOnce;
import io.interviews.scoring.service.ScoringService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes every stage-completed event. Anything thrown (garbage, an unscorable interview) rolls the
 * transaction back and sends the record to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class StageCompletedConsumer {

    @Inject ScoringService scoring;

    @Incoming("stage-completed")
    @HandledOnce("scoring-service")
    public void onStageCompleted(StageCompleted event) {
        scoring.onStageCompleted(event);
    }
}
