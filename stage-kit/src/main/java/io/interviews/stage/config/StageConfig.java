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

    /**
     * Runs Python and Java snippets of answers in a sandbox (fresh user, PID, mount, IPC, UTS and network namespaces)
     * and attaches the results to the transcript. Off unless enabled.
     */
    interface CodeRunner {

        @WithDefault("false")
        boolean enabled();

        /** The whole sandbox is killed after this long; also the CPU-time limit. */
        @WithDefault("10s")
        Duration wallTime();

        @WithDefault("256")
        int memoryMb();

        @WithDefault("4096")
        int outputLimitBytes();

        @WithDefault("2")
        int maxSnippetsPerAnswer();

        /** Where each run's (empty) mount point is made; default: the JVM's temporary directory. */
        Optional<Path> workDir();

        /** A name looked up on the sandbox's PATH, or a path to the interpreter. */
        @WithDefault("python3")
        String python();

        /** Processes and threads of one run. */
        @WithDefault("64")
        int maxProcesses();

        /** Open files of each process of a run. */
        @WithDefault("64")
        int maxOpenFiles();

        /** Size of a run's private working directory, and the largest file it may write. */
        @WithDefault("16")
        int diskMb();

        /** The host user the sandbox runs as when the service runs as root. */
        @WithDefault("65534")
        int sandboxUid();

        /**
         * UNSAFE: where no sandbox can be made, run snippets anyway, in the service's own namespaces (they can read
         * its environment and files and reach the network). Without it such a host runs no snippet.
         */
        @WithDefault("false")
        boolean unsafeRunWithoutSandbox();
    }
}
