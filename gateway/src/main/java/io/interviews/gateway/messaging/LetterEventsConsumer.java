package io.interviews.gateway.messaging;

import io.interviews.events.DecisionRefused;
import io.interviews.events.InterviewConcluded;
import io.interviews.events.InterviewEvent;
import io.interviews.events.LetterDrafted;
import io.interviews.events.LetterSent;
import io.interviews.gateway.service.InterviewProgress;
import io.interviews.kit.HandledOnce;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the letter lifecycle the offer-service publishes (drafted, sent, concluded, a decision refused), each event
 * once.
 */
@ApplicationScoped
public class LetterEventsConsumer {

    private final InterviewProgress progress;

    LetterEventsConsumer(InterviewProgress progress) {
        this.progress = progress;
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
    }
}
