package io.interviews.stage.config;

import io.interviews.events.Language;
import io.interviews.stage.ai.AnswerGrader;
import io.interviews.stage.ai.InterviewNotes;
import io.interviews.stage.ai.InterviewerVoice;
import io.interviews.stage.ai.ModelBrain;
import io.interviews.stage.ai.ReadableGrading;
import io.interviews.stage.code.CodeRunner;
import io.interviews.stage.code.CodeRunnerSettings;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.AnswerEmbeddings;
import io.interviews.stage.rubric.StageBank;
import io.interviews.stage.rubric.StageBankLoader;
import io.interviews.stage.service.Interviewer;
import io.interviews.stage.service.MeteredInterviewer;
import io.interviews.stage.service.RubricBrain;
import io.interviews.stage.service.SnippetRunner;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Builds the stage at start-up, so that anything broken stops the service at once: the question banks are
 * loaded and checked, the answer-embedding tables are loaded, the configured brain is chosen (and its time budgets
 * checked against the consumers' limits), and the code runner, when enabled, probes its sandbox.
 */
@ApplicationScoped
public class InterviewerProducer {

    private static final Logger LOG = Logger.getLogger(InterviewerProducer.class);

    private volatile CompletableFuture<AnswerEmbeddings> embeddingTables;

    /**
     * Starts reading the answer-embedding tables as soon as the application context exists, on a thread of its own:
     * the start-up's main thread is busy loading classes for Flyway, Hibernate and the Kafka channels meanwhile, and the
     * reading (about a second) overlaps that work instead of following it.
     */
    void startLoadingEmbeddingTables(@Observes @Initialized(ApplicationScoped.class) Object applicationContext) {
        embeddingTables = CompletableFuture.supplyAsync(InterviewerProducer::loadEmbeddingTables, runnable -> {
            Thread loader = new Thread(runnable, "answer-embedding-tables");
            loader.setDaemon(true);
            loader.start();
        });
    }

    @Produces
    @Singleton
    @Startup
    AnswerEmbeddings answerEmbeddings() {
        try {
            // started above: the application context is initialised before any start-up bean is made
            return embeddingTables.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static AnswerEmbeddings loadEmbeddingTables() {
        long started = System.nanoTime();
        AnswerEmbeddings embeddings = AnswerEmbeddings.shared().warmUp();
        LOG.infof("Answer-embedding tables loaded (%d dimensions) in %d ms", embeddings.dimensions(),
                (System.nanoTime() - started) / 1_000_000);
        return embeddings;
    }

    @Produces
    @Singleton
    RubricInterviewer rubricInterviewer(StageConfig config, AnswerEmbeddings embeddings) {
        StageBank bank = config.bankDir()
                .map(directory -> StageBankLoader.fromDirectory(directory, config.name()))
                .orElseGet(() -> StageBankLoader.fromClasspath(config.name()));
        LOG.infof("Interviewing for stage '%s' with rubric %s (%d main questions)", bank.stage(), bank.rubricVersion(),
                bank.bank(Language.EN).questions().size());
        return new RubricInterviewer(bank, () -> embeddings);
    }

    @Produces
    @Singleton
    @Startup
    Interviewer interviewer(StageConfig config, RubricInterviewer rubric, Instance<InterviewerVoice> voice,
                            Instance<AnswerGrader> grader, Instance<InterviewNotes> notes, MeterRegistry meters,
                            @ConfigProperty(name = "mp.messaging.incoming.answers.throttled.unprocessed-record-max-age.ms",
                                    defaultValue = "60000") long answerMaxAgeMillis,
                            @ConfigProperty(name = "mp.messaging.incoming.rescores.throttled.unprocessed-record-max-age.ms",
                                    defaultValue = "60000") long rescoreMaxAgeMillis) {
        if (config.brain() == StageConfig.Brain.RUBRIC) {
            LOG.info("Brain: rubric (offline, deterministic)");
            return new MeteredInterviewer(new RubricBrain(rubric), meters);
        }
        int attempts = config.openai().gradingAttempts();
        if (attempts < 1 || attempts > ReadableGrading.MAX_ATTEMPTS) {
            throw new IllegalStateException("interview.stage.openai.grading-attempts is " + attempts + "; it must be 1 to "
                    + ReadableGrading.MAX_ATTEMPTS);
        }
        Duration worstCase = worstCasePerAnswer(config);
        requireWithin(worstCase, "one answer (model calls and code runs at their limits)", "answers", answerMaxAgeMillis,
                "lower interview.stage.openai.timeout-seconds or the code runner's limits");
        Duration worstRegrade = worstCasePerRegrade(config, rubric);
        requireWithin(worstRegrade, "one regrade (a grading of each main question at its limit)", "rescores",
                rescoreMaxAgeMillis, "lower interview.stage.openai.timeout-seconds");
        LOG.infof("Brain: openai (worst case per answer %d s, per regrade %d s)", worstCase.toSeconds(),
                worstRegrade.toSeconds());
        return new MeteredInterviewer(new ModelBrain(rubric, voice.get(), grader.get(), notes.get(), config.openai(), meters),
                meters);
    }

    @Produces
    @Singleton
    @Startup
    SnippetRunner snippetRunner(StageConfig config) {
        StageConfig.CodeRunner runner = config.codeRunner();
        if (!runner.enabled()) {
            return new SnippetRunner(Optional.empty());
        }
        Path workDir = runner.workDir().orElse(Path.of(System.getProperty("java.io.tmpdir"), "interview-snippets"));
        return new SnippetRunner(Optional.of(CodeRunner.start(new CodeRunnerSettings(runner.wallTime(), runner.memoryMb(),
                runner.outputLimitBytes(), runner.maxSnippetsPerAnswer(), workDir, runner.python(),
                runner.maxProcesses(), runner.maxOpenFiles(), runner.diskMb(), runner.sandboxUid(),
                runner.unsafeRunWithoutSandbox()))));
    }

    /** The brain's worst case for one record of {@code channel} must stay below the channel's limit, or nothing starts. */
    private static void requireWithin(Duration worstCase, String what, String channel, long maxAgeMillis, String remedy) {
        if (worstCase.toMillis() >= maxAgeMillis) {
            throw new IllegalStateException("the openai brain may take " + worstCase.toSeconds() + " s for " + what
                    + ", not less than the " + channel + " channel's unprocessed-record-max-age of " + maxAgeMillis
                    + " ms; " + remedy + ", or raise the channel's limit");
        }
    }

    /** A grading (all its attempts) of every main question of the bank at its timeout; stored code runs are not rerun. */
    static Duration worstCasePerRegrade(StageConfig config, RubricInterviewer rubric) {
        return Duration.ofSeconds((long) config.openai().timeoutSeconds()
                * rubric.stageBank().bank(Language.EN).questions().size());
    }

    /** Notes, question and grading (all its attempts) at their timeout, plus every snippet at its wall time. */
    static Duration worstCasePerAnswer(StageConfig config) {
        Duration calls = Duration.ofSeconds((long) config.openai().timeoutSeconds() * 3);
        StageConfig.CodeRunner runner = config.codeRunner();
        return runner.enabled() ? calls.plus(runner.wallTime().multipliedBy(runner.maxSnippetsPerAnswer())) : calls;
    }
}
