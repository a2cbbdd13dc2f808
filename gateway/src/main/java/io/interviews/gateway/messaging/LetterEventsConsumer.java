package io.interviews.gateway.messaging;

import io.interviews.events.DecisionRefused;
import io.interviews.events.InterviewConcluded;
import io.interviews.events.InterviewEvent;
import io.interviews.events.LetterDrafted;
import io.interviews.events.LetterSent;
import io.interviews.gateway.service.InterviewProgress;
import io.interviews.gateway.webhook.Webhooks;
import io.interviews.kit.HandledOnce;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the letter lifecycle the offer-service publishes (drafted, sent, concluded, a decision refused), each event
 * once, and queues each for its webhook subscribers.
 */
@ApplicationScoped
public class LetterEventsConsumer {

    private final InterviewProgress progress;
    private final Webhooks webhooks;

    LetterEventsConsumer(InterviewProgress progress, Webhooks webhooks) {
        this.progress = progress;
        this.webhooks = webhooks;
    }

    @Incoming("letters")
    @Transactional
    @HandledOnce("gateway")
    public void onLetterEvent(InterviewEvent event) {
        if (event instanceof LetterDrafted drafted) {
            progress.letterDrafted(drafted);
        } else if (event instanceof LetterSent sent) {
            progress.letterSent(sent);
        } else if (event instanceof DecisionRefused refused) {
            progress.decisionRefused(refused);
        } else {
            progress.interviewConcluded((InterviewConcluded) event);
        }
        webhooks.enqueue(event);
    }
}
