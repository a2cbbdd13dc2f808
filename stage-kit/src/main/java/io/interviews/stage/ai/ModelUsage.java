package io.interviews.stage.ai;

import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.Result;
import io.interviews.stage.service.ModelCall;
import io.micrometer.core.instrument.MeterRegistry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import java.util.Locale;

/**
 * Counts every model call by task and outcome, and the tokens the server reported
 * ({@code interview_stage_model_calls_total}, {@code interview_stage_model_tokens_total}).
 */
final class ModelUsage {

    private static final Logger LOG = Logger.getLogger(ModelUsage.class);

    private final MeterRegistry meters;
    private final String stage;

    ModelUsage(MeterRegistry meters, String stage) {
        this.meters = meters;
        this.stage = stage;
    }

    ModelCall answered(String task, String outcome, Result<String> result, long startedNanos) {
        TokenUsage usage = result.tokenUsage();
        int input = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int output = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        return count(new ModelCall(task, outcome, input, output, millisSince(startedNanos)));
    }

    ModelCall failed(String task, Exception error, long startedNanos) {
        String outcome = outcome(error);
        LOG.warnf("Model call for %s failed (%s): %s", task, outcome, error.getMessage());
        return count(new ModelCall(task, outcome, 0, 0, millisSince(startedNanos)));
    }

    static String outcome(Throwable error) {
        if (error instanceof CircuitBreakerOpenException) {
            return "circuit-open";
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof java.util.concurrent.TimeoutException
                    || String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("timeout")
                    || cause.getClass().getSimpleName().contains("Timeout")) {
                return "timeout";
            }
        }
        return "error";
    }

    private ModelCall count(ModelCall call) {
        meters.counter("interview.stage.model.calls", "stage", stage, "task", call.task(), "outcome", call.outcome())
                .increment();
        meters.counter("interview.stage.model.tokens", "stage", stage, "task", call.task(), "type", "input")
                .increment(call.inputTokens());
        meters.counter("interview.stage.model.tokens", "stage", stage, "task", call.task(), "type", "output")
                .increment(call.outputTokens());
        return call;
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
