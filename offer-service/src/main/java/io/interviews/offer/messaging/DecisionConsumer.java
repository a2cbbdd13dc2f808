package io.interviews.offer.messaging;

import io.interviews.events.CandidateResponded;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewEvent;
import io.interviews.events.InvalidEventException;
import io.interviews.events.RecruiterDecided;
import io.interviews.kit.Inbox;
import io.interviews.offer.service.LetterDecisions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes the people's decisions from interview.decisions: recruiters' approvals and rejections, candidates'
 * answers to offers. A decision refused by the letter's state, garbage or another event type rolls back and goes
 * to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class DecisionConsumer {

    static final String CONSUMER = "offer-service-decisions";

    private final Inbox inbox;
    private final LetterDecisions decisions;

    DecisionConsumer(Inbox inbox, LetterDecisions decisions) {
        this.inbox = inbox;
        this.decisions = decisions;
    }

    @Incoming("decisions")
    @Transactional
    public void onDecision(String record) {
        InterviewEvent event = EventCodec.decode(record, InterviewEvent.class);
        if (!inbox.firstDelivery(event, CONSUMER)) {
            return;
        }
        if (event instanceof RecruiterDecided decision) {
            decisions.onRecruiterDecided(decision);
        } else if (event instanceof CandidateResponded response) {
            decisions.onCandidateResponded(response);
        } else {
            throw new InvalidEventException("interview.decisions carries recruiters' and candidates' decisions, not "
                    + event.type());
        }
    }
}
