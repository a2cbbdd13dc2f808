package io.interviews.offer.messaging;

import io.interviews.events.CandidateResponded;
import io.interviews.events.InterviewEvent;
import io.interviews.events.RecruiterDecided;
import io.interviews.kit.HandledOnce;
import io.interviews.offer.service.LetterDecisions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes the people's decisions from interview.decisions: recruiters' approvals and rejections, candidates'
 * answers to offers (the topic carries nothing else). A refused recruiter decision is answered with
 * {@code DecisionRefused} on interview.letters; a refused candidate answer rolls back and goes to the dead-letter
 * topic with the reason.
 */
@ApplicationScoped
public class DecisionConsumer {

    @Inject LetterDecisions decisions;

    @Incoming("decisions")
    @HandledOnce("offer-service-decisions")
    public void onDecision(InterviewEvent event) {
        if (event instanceof RecruiterDecided decision) {
            decisions.onRecruiterDecided(decision);
        } else {
            decisions.onCandidateResponded((CandidateResponded) event);
        }
    }
}
