package io.interviews.gateway.messaging;

import io.interviews.events.EventCodec;
import io.interviews.events.InterviewConcluded;
import io.interviews.events.InterviewEvent;
import io.interviews.events.InterviewScored;
import io.interviews.events.InvalidEventException;
import io.interviews.events.LetterDrafted;
import io.interviews.events.LetterSent;
import io.interviews.events.QuestionAsked;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import io.interviews.gateway.service.InterviewProgress;
import io.interviews.kit.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the read model from the interview topics. Each record is handled in one transaction with its inbox
 * entry, so a redelivery changes nothing; a record that cannot be decoded or applied is nacked and lands on
 * the dead-letter topic with the reason.
 */
@ApplicationScoped
public class InterviewEventConsumers {

    private final Inbox inbox;
    private final InterviewProgress progress;

    InterviewEventConsumers(Inbox inbox, InterviewProgress progress) {
        this.inbox = inbox;
        this.progress = progress;
    }

    @Incoming("questions")
    @Transactional
    public void onQuestionAsked(String record) {
        QuestionAsked event = EventCodec.decode(record, QuestionAsked.class);
        if (inbox.firstDelivery(event, "gateway-questions")) {
            progress.questionAsked(event);
        }
    }

    @Incoming("stage-completed")
    @Transactional
    public void onStageCompleted(String record) {
        StageCompleted event = EventCodec.decode(record, StageCompleted.class);
        if (inbox.firstDelivery(event, "gateway-stage-completed")) {
            progress.stageCompleted(event);
        }
    }

    @Incoming("scored")
    @Transactional
    public void onInterviewScored(String record) {
        InterviewScored event = EventCodec.decode(record, InterviewScored.class);
        if (inbox.firstDelivery(event, "gateway-scored")) {
            progress.interviewScored(event);
        }
    }

    /** The offer-service's topic carries the whole letter lifecycle: drafted, sent, concluded. */
    @Incoming("letters")
    @Transactional
    public void onLetterEvent(String record) {
        InterviewEvent event = EventCodec.decode(record, InterviewEvent.class);
        Runnable apply;
        if (event instanceof LetterDrafted drafted) {
            apply = () -> progress.letterDrafted(drafted);
        } else if (event instanceof LetterSent sent) {
            apply = () -> progress.letterSent(sent);
        } else if (event instanceof InterviewConcluded concluded) {
            apply = () -> progress.interviewConcluded(concluded);
        } else {
            throw new InvalidEventException("unexpected " + event.type() + " on " + Topics.LETTERS
                    + " (expected LetterDrafted, LetterSent or InterviewConcluded)");
        }
        if (inbox.firstDelivery(event, "gateway-letters")) {
            apply.run();
        }
    }
}
