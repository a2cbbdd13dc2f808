package io.interviews.stage.messaging;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.StageCompleted;
import io.interviews.kit.RetriesTransientFailures;
import io.interviews.stage.service.StageInterviewService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A stage's inputs, each event once (inbox names include the stage); events for other stages are skipped.
 * A transient failure (database or broker unavailable, a timeout) is retried before the record is dead-lettered.
 */
@ApplicationScoped
@RetriesTransientFailures
public class InterviewEventsConsumer {

    @Inject StageInterviewService interviews;

    @Incoming("stage-completed")
    @Transactional
    public void onStageCompleted(StageCompleted completed) {
        interviews.open(completed, interviews.stage() + "/stage-completed");
    }

    /** Not one transaction: the brain may wait for a model, so {@code answer} commits its own inbox entry. */
    @Incoming("answers")
    public void onAnswer(AnswerSubmitted answer) {
        if (interviews.stage().equals(answer.stage())) {
            interviews.answer(answer, interviews.stage() + "/answers");
        }
    }
}
