package io.interviews.stage.ai;

import dev.langchain4j.guardrail.OutputGuardrailRequest;
import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.interviews.stage.service.ModelCall;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The model calls one AI-service invocation made, as the session records them: the output guardrail records each
 * reply (its outcome and the tokens the server reported), the brain records an invocation that failed. It travels
 * with the invocation as an {@link InvocationParameters} entry, where that invocation's guardrails find it.
 */
final class ModelAttempts {

    private static final String KEY = "model-attempts";

    private final String task;
    private final int allowed;
    private final List<ModelCall> calls = new ArrayList<>();
    private long since = System.nanoTime();
    private String problem = "";

    /** @param allowed replies the guardrail may ask for before it gives up */
    ModelAttempts(String task, int allowed) {
        this.task = task;
        this.allowed = allowed;
    }

    InvocationParameters parameters() {
        return InvocationParameters.from(KEY, this);
    }

    static ModelAttempts of(OutputGuardrailRequest request) {
        return request.requestParams().invocationContext().invocationParameters().get(KEY);
    }

    /** A reply that was used. */
    void replied(ChatResponse response) {
        record("ok", response);
    }

    /** A reply that was not used ({@code unparseable} or {@code rejected}), and why. */
    void refused(String outcome, String why, ChatResponse response) {
        problem = why;
        record(outcome, response);
    }

    /** The invocation failed: the model did not answer in time, or not at all. */
    void failed(Throwable error) {
        calls.add(new ModelCall(task, outcome(error), 0, 0, millisSinceLast()));
    }

    boolean mayAskAgain() {
        return calls.size() < allowed;
    }

    /** Why the last reply was refused. */
    String problem() {
        return problem;
    }

    List<ModelCall> calls() {
        return List.copyOf(calls);
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

    private void record(String outcome, ChatResponse response) {
        TokenUsage usage = response.tokenUsage();
        int input = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int output = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        calls.add(new ModelCall(task, outcome, input, output, millisSinceLast()));
    }

    private long millisSinceLast() {
        long now = System.nanoTime();
        long millis = (now - since) / 1_000_000;
        since = now;
        return millis;
    }
}
