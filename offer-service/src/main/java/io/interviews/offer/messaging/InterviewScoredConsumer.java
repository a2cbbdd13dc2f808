package io.interviews.offer.messaging;

import io.interviews.events.EventCodec;
import io.interviews.events.InterviewScored;
import io.interviews.kit.Inbox;
import io.interviews.offer.service.LetterService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes every interview-scored event. Anything thrown (garbage, a letter that fails the check) rolls the
 * transaction back and sends the record to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class InterviewScoredConsumer {

    static final String CONSUMER = "offer-service";

    private final Inbox inbox;
    private final LetterService letters;

    InterviewScoredConsumer(Inbox inbox, LetterService letters) {
        this.inbox = inbox;
        this.letters = letters;
    }

    @Incoming("scored")
    @Transactional
    public void onInterviewScored(String record) {
        InterviewScored event = EventCodec.decode(record, InterviewScored.class);
        if (!inbox.firstDelivery(event, CONSUMER)) {
            return;
        }
        letters.onInterviewScored(event);
    }
}
