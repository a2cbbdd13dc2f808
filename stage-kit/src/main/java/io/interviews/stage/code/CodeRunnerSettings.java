package io.interviews.stage.code;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The limits every snippet runs under.
 *
 * @param wallTime                the whole sandbox is killed after this long; also the CPU-time limit
 * @param memoryMegabytes         address space for Python, heap for Java ({@code -Xmx}; its address space gets 1 GB more)
 * @param outputLimitBytes        bytes kept per stream; a run writing more than 16 times this is killed
 * @param maxSnippetsPerAnswer    snippets run per answer; the rest are reported as not run
 * @param workDirectory           where each run gets its own directory: the mount point of the sandbox's root and, at
 *                                the same path inside, its private working directory (empty on the host, deleted after)
 * @param python                  the Python interpreter: a name looked up on the sandbox's {@code PATH}, or a path
 * @param maxProcesses            processes and threads of one run ({@code RLIMIT_NPROC} in its user namespace)
 * @param maxOpenFiles            open files of each process of a run
 * @param diskMegabytes           size of the private working directory (a tmpfs), and the largest file a run may write
 * @param sandboxUid              the host user the sandbox runs as when the service runs as root (root would exempt it
 *                                from the process limit)
 * @param unsafeRunWithoutSandbox run snippets without the sandbox when it cannot be made here: UNSAFE, a snippet can
 *                                then read the service's environment and files and reach the network
 */
public record CodeRunnerSettings(Duration wallTime, int memoryMegabytes, int outputLimitBytes, int maxSnippetsPerAnswer,
                                 Path workDirectory, String python, int maxProcesses, int maxOpenFiles,
                                 int diskMegabytes, int sandboxUid, boolean unsafeRunWithoutSandbox) {
}
