package io.interviews.stage.ai;

import io.interviews.stage.service.ModelCall;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.List;

/**
 * Counts every model call by task and outcome, and the tokens the server reported
 * ({@code interview_stage_model_calls_total}, {@code interview_stage_model_tokens_total}).
 */
final class ModelUsage {

    private final MeterRegistry meters;
    private final String stage;

    ModelUsage(MeterRegistry meters, String stage) {
        this.meters = meters;
        this.stage = stage;
    }

    /** The invocation's calls, counted. */
    List<ModelCall> count(ModelAttempts attempts) {
        List<ModelCall> calls = attempts.calls();
        calls.forEach(this::count);
        return calls;
    }

    private void count(ModelCall call) {
        meters.counter("interview.stage.model.calls", "stage", stage, "task", call.task(), "outcome", call.outcome())
                .increment();
        meters.counter("interview.stage.model.tokens", "stage", stage, "task", call.task(), "type", "input")
                .increment(call.inputTokens());
        meters.counter("interview.stage.model.tokens", "stage", stage, "task", call.task(), "type", "output")
                .increment(call.outputTokens());
    }
}
