package io.interviews.stage.code;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The limits every snippet runs under.
 *
 * @param wallTime           the process is killed after this long
 * @param memoryMegabytes    address space for Python ({@code ulimit -v}), heap for Java ({@code -Xmx})
 * @param outputLimitBytes   bytes kept per stream; a process writing more than 16 times this is stopped
 * @param maxSnippetsPerAnswer snippets run per answer; the rest are reported as not run
 * @param workDirectory      where each run gets its own temporary directory (deleted afterwards)
 * @param python             the Python interpreter to use (resolved to its real executable at start-up)
 * @param requireNoNetwork   refuse to start the runner if no network namespace can be made
 */
public record CodeRunnerSettings(Duration wallTime, int memoryMegabytes, int outputLimitBytes, int maxSnippetsPerAnswer,
                                 Path workDirectory, String python, boolean requireNoNetwork) {
}
