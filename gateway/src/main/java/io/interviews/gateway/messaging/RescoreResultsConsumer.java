package io.interviews.gateway.messaging;

import io.interviews.events.InterviewRescored;
import io.interviews.gateway.service.Rescores;
import io.interviews.kit.HandledOnce;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps scoring-service's answers to the recruiters' re-scores ({@code interview.rescored}), each event once (inbox
 * name {@code gateway}, as every gateway channel: an event id is on one topic only). Re-scores of no request of this
 * gateway, such as the evaluation's {@code rescore} command's, are ignored rather than dead-lettered.
 */
@ApplicationScoped
public class RescoreResultsConsumer {

    @Inject Rescores rescores;

    @Incoming("rescored")
    @HandledOnce("gateway")
    public void onRescored(InterviewRescored event) {
        rescores.record(event);
    }
}
