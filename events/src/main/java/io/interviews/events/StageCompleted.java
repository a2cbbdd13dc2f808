package io.interviews.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A stage finished. {@code results} is cumulative: every stage completed so far, in plan order, so the
 * last event of an interview holds everything needed to score it and to audit it.
 * The gateway emits the first one for the pseudo-stage {@link #INTAKE} with no results.
 */
public record StageCompleted(UUID eventId, UUID interviewId, Instant occurredAt, InterviewContext context,
                             String stage, List<StageResult> results) implements InterviewEvent {

    public static final String TYPE = "interview.stage-completed.v1";
    public static final String INTAKE = "intake";

    public StageCompleted {
        results = List.copyOf(results);
    }

    public static StageCompleted intake(UUID interviewId, InterviewContext context) {
        return new StageCompleted(UUID.randomUUID(), interviewId, Instant.now(), context, INTAKE, List.of());
    }

    /** The event a stage emits when it is done: the results so far plus its own. */
    public StageCompleted next(StageResult result) {
        List<StageResult> all = new java.util.ArrayList<>(results);
        all.add(result);
        return new StageCompleted(UUID.randomUUID(), interviewId, Instant.now(), context, result.stage(), all);
    }

    /** The stage that should run after this one, if any. */
    public Optional<String> nextStage() {
        return context.stageAfter(stage);
    }

    public boolean completesPlan() {
        return context.isLastStage(stage);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
