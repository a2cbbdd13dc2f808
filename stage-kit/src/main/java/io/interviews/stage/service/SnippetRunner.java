package io.interviews.stage.service;

import io.interviews.stage.code.CodeRun;
import io.interviews.stage.code.CodeRunner;

import java.util.List;
import java.util.Optional;

/** The code runner when {@code interview.stage.code-runner.enabled} is set; otherwise nothing runs. */
public final class SnippetRunner {

    private final Optional<CodeRunner> runner;

    public SnippetRunner(Optional<CodeRunner> runner) {
        this.runner = runner;
    }

    public List<CodeRun> runAll(String answer) {
        return runner.map(codeRunner -> codeRunner.runAll(answer)).orElse(List.of());
    }
}
