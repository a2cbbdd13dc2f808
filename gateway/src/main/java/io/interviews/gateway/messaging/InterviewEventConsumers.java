package io.interviews.gateway.messaging;

import io.interviews.events.EventCodec;
import io.interviews.events.InterviewScored;
import io.interviews.events.LetterDrafted;
import io.interviews.events.QuestionAsked;
import io.interviews.events.StageCompleted;
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

    @Incoming("letters")
    @Transactional
    public void onLetterDrafted(String record) {
        LetterDrafted event = EventCodec.decode(record, LetterDrafted.class);
        if (inbox.firstDelivery(event, "gateway-letters")) {
            progress.letterDrafted(event);
        }
    }
}
