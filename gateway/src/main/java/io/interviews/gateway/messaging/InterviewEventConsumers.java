package io.interviews.gateway.messaging;

import io.interviews.events.InterviewEvent;
import io.interviews.events.InterviewScored;
import io.interviews.events.QuestionAsked;
import io.interviews.events.StageCompleted;
import io.interviews.gateway.service.InterviewProgress;
import io.interviews.gateway.webhook.Webhooks;
import io.interviews.kit.HandledOnce;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the read model from the progress topics, each event once (an event id is on one topic only, so one inbox
 * name serves every gateway channel) and queued for its webhook subscribers; an event it refuses (unknown
 * interview) goes to the dead letters.
 */
@ApplicationScoped
public class InterviewEventConsumers {

    private final InterviewProgress progress;
    private final Webhooks webhooks;

    InterviewEventConsumers(InterviewProgress progress, Webhooks webhooks) {
        this.progress = progress;
        this.webhooks = webhooks;
    }

    @Incoming("questions")
    @Incoming("stage-completed")
    @Incoming("scored")
    @Transactional
    @HandledOnce("gateway")
    public void onProgress(InterviewEvent event) {
        if (event instanceof QuestionAsked question) {
            progress.questionAsked(question);
        } else if (event instanceof StageCompleted completed) {
            progress.stageCompleted(completed);
        } else {
            progress.interviewScored((InterviewScored) event);
        }
        webhooks.enqueue(event);
    }
}
