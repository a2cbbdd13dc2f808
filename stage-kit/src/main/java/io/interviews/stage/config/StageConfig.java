package io.interviews.stage.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "interview.stage")
public interface StageConfig {

    /** The stage this service interviews for, as named in interview plans (e.g. {@code tech}). */
    String name();

    /**
     * Directory holding {@code bank-en.json} and {@code bank-zh.json}; when unset they are read from the
     * classpath at {@code interview-stages/<name>/}.
     */
    Optional<Path> bankDir();

    /** Who asks and rates: the offline rubric brain (default) or a model behind an OpenAI-compatible API. */
    @WithDefault("rubric")
    Brain brain();

    OpenAi openai();

    CodeRunner codeRunner();

    enum Brain {
        RUBRIC, OPENAI
    }

    /** The openai brain; the endpoint, model, key and temperature are quarkus.langchain4j.openai.* settings. */
    interface OpenAi {

        /**
         * Upper bound of one model call: each HTTP request, and each AI-service invocation (fault tolerance; a grading
         * with all of its attempts).
         */
        @WithDefault("10")
        int timeoutSeconds();

        /**
         * Replies asked for to grade one question before its output counts as unparseable (then: needs review); 1 to
         * {@code ReadableGrading.MAX_ATTEMPTS}.
         */
        @WithDefault("2")
        int gradingAttempts();

        /** The running notes that replace the transcript in prompts are cut to this length. */
        @WithDefault("1200")
        int notesMaxChars();

        /** Longer answers are cut to this length before they reach a prompt (the transcript keeps them whole). */
        @WithDefault("4000")
        int answerMaxChars();

        /** A generated question longer than this is not asked; the bank's question is asked instead. */
        @WithDefault("600")
        int questionMaxChars();
    }

    /** Runs Python and Java snippets of answers and attaches the results to the transcript. Off unless enabled. */
    interface CodeRunner {

        @WithDefault("false")
        boolean enabled();

        @WithDefault("10s")
        Duration wallTime();

        @WithDefault("256")
        int memoryMb();

        @WithDefault("4096")
        int outputLimitBytes();

        @WithDefault("2")
        int maxSnippetsPerAnswer();

        /** Where each run's temporary directory is made; default: the JVM's temporary directory. */
        Optional<Path> workDir();

        @WithDefault("python3")
        String python();

        /** Refuse to start when no network namespace can be made for the snippets. */
        @WithDefault("true")
        boolean requireNoNetwork();
    }
}
