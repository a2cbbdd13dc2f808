package io.interviews.scoring.messaging;

import io.interviews.events.EventCodec;
import io.interviews.events.StageCompleted;
import io.interviews.kit.Inbox;
import io.interviews.scoring.service.ScoringService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes every stage-completed event. Anything thrown (garbage, an unscorable interview) rolls the
 * transaction back and sends the record to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class StageCompletedConsumer {

    static final String CONSUMER = "scoring-service";

    private final Inbox inbox;
    private final ScoringService scoring;

    StageCompletedConsumer(Inbox inbox, ScoringService scoring) {
        this.inbox = inbox;
        this.scoring = scoring;
    }

    @Incoming("stage-completed")
    @Transactional
    public void onStageCompleted(String record) {
        StageCompleted event = EventCodec.decode(record, StageCompleted.class);
        if (!inbox.firstDelivery(event, CONSUMER)) {
            return;
        }
        scoring.onStageCompleted(event);
    }
}
