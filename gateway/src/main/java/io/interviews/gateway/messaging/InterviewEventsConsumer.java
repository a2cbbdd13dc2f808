package io.interviews.gateway.messaging;

import io.interviews.events.InterviewEvent;
import io.interviews.gateway.service.InterviewProgress;
import io.interviews.gateway.webhook.Webhooks;
import io.interviews.kit.HandledOnce;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the read model from the progress topics and the letter lifecycle the offer-service publishes (drafted,
 * sent, concluded, a decision refused), each event once (an event id is on one topic only, so one inbox name serves
 * every gateway channel) and queued for its webhook subscribers; an event it refuses (unknown interview) goes to the
 * dead letters.
 */
@ApplicationScoped
public class InterviewEventsConsumer {

    @Inject InterviewProgress progress;
    @Inject Webhooks webhooks;

    @Incoming("questions")
    @Incoming("stage-completed")
    @Incoming("scored")
    @Incoming("letters")
    @HandledOnce("gateway")
    public void onEvent(InterviewEvent event) {
        progress.apply(event);
        webhooks.enqueue(event);
    }
}
