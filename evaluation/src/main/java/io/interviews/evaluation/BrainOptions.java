package io.interviews.evaluation;

import io.interviews.stage.rubric.RubricInterviewer;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.Map;

/** Which brain grades ({@code --brain}) and, for the openai one, where its model is. Shared by {@code run} and {@code rescore}. */
final class BrainOptions {

    enum Brain { RUBRIC, OPENAI }

    @Option(names = "--brain", defaultValue = "rubric",
            description = "rubric, or openai: a model grades with the stage service's prompt (default: ${DEFAULT-VALUE})")
    Brain brain;

    @Option(names = "--base-url", defaultValue = "https://api.openai.com/v1",
            description = "openai: any OpenAI-compatible API (default: ${DEFAULT-VALUE})")
    String baseUrl;

    @Option(names = "--model", defaultValue = "gpt-4o-mini", description = "openai: the model (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--api-key", defaultValue = "${env:OPENAI_API_KEY:-sk-not-set}",
            description = "openai: the key (default: $OPENAI_API_KEY, else sk-not-set)")
    String apiKey;

    @Option(names = "--model-timeout-seconds", paramLabel = "SECONDS", defaultValue = "10",
            description = "openai: per call, as the service's timeout-seconds (default: ${DEFAULT-VALUE})")
    int modelTimeoutSeconds;

    boolean openai() {
        return brain == Brain.OPENAI;
    }

    /** The name a rating records as its brain ({@code DimensionRating.brain}). */
    String brainName() {
        return brain.name().toLowerCase();
    }

    ModelJudge modelJudge(Map<String, RubricInterviewer> interviewers) {
        return new ModelJudge(interviewers, baseUrl, model, apiKey, Duration.ofSeconds(modelTimeoutSeconds));
    }
}
