package io.interviews.offer.messaging;

import io.interviews.events.InterviewScored;
import io.interviews.kit.HandledOnce;
import io.interviews.offer.service.LetterService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes every interview-scored event. Anything thrown (garbage, a letter that fails the check) rolls the
 * transaction back and sends the record to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class InterviewScoredConsumer {

    @Inject LetterService letters;

    @Incoming("scored")
    @HandledOnce("offer-service")
    public void onInterviewScored(InterviewScored event) {
        letters.onInterviewScored(event);
    }
}
