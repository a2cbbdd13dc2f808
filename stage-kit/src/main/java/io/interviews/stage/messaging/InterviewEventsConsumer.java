package io.interviews.stage.messaging;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.EventCodec;
import io.interviews.events.StageCompleted;
import io.interviews.kit.Inbox;
import io.interviews.stage.service.StageInterviewService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Takes the two inputs of a stage from Kafka. A record that does not decode throws, is nacked and lands on the
 * dead-letter topic; events meant for another stage are skipped; a redelivered event changes nothing (inbox).
 */
@ApplicationScoped
public class InterviewEventsConsumer {

    private static final Logger LOG = Logger.getLogger(InterviewEventsConsumer.class);

    private final StageInterviewService interviews;
    private final Inbox inbox;

    InterviewEventsConsumer(StageInterviewService interviews, Inbox inbox) {
        this.interviews = interviews;
        this.inbox = inbox;
    }

    @Incoming("stage-completed")
    @Transactional
    public void onStageCompleted(String record) {
        StageCompleted completed = EventCodec.decode(record, StageCompleted.class);
        if (!interviews.runsAfter(completed)) {
            LOG.debugf("Stage-completed %s (%s) is not followed by %s; skipped", completed.eventId(),
                    completed.stage(), interviews.stage());
            return;
        }
        if (inbox.firstDelivery(completed, consumer("stage-completed"))) {
            interviews.open(completed);
        }
    }

    /**
     * Not one transaction: the brain may wait for a model or run a snippet, which must not hold a database
     * connection; {@link StageInterviewService#answer} commits the inbox entry with the state change.
     */
    @Incoming("answers")
    @Blocking
    public void onAnswer(String record) {
        AnswerSubmitted answer = EventCodec.decode(record, AnswerSubmitted.class);
        if (!interviews.stage().equals(answer.stage())) {
            return;
        }
        interviews.answer(answer, consumer("answers"));
    }

    /** Inbox consumer name; includes the stage so two stages sharing a schema never drop each other's events. */
    private String consumer(String channel) {
        return interviews.stage() + "/" + channel;
    }
}
