package io.interviews.stage.code;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the Python and Java snippets of an answer, each in a {@link Sandbox}: its own process tree in fresh user, PID,
 * mount, IPC, UTS and network namespaces, an empty environment, a read-only root without the service's files and a
 * private tmpfs as working directory, under limits on processes, address space, file size, CPU time and open files.
 * Output is read through pipes and capped; at the wall-time limit, or when a run floods its output, the whole
 * namespace is killed. Where no sandbox can be made, snippets are not run (each run says why), unless the unsafe
 * opt-out {@link CodeRunnerSettings#unsafeRunWithoutSandbox()} is set.
 */
public final class CodeRunner {

    private static final Logger LOG = Logger.getLogger(CodeRunner.class);
    private static final Pattern JAVA_MAIN = Pattern.compile("static\\s+(public\\s+)?void\\s+main\\s*\\(");
    private static final Pattern JAVA_TYPE = Pattern.compile(
            "(?m)^\\s*((public|final|abstract|sealed|static)\\s+)*(class|interface|record|enum)\\s+\\w+");
    private static final Pattern JAVA_HEADER_LINE = Pattern.compile("^\\s*(package|import)\\s+[\\w.*]+\\s*;\\s*$");
    /** A run writing this many times the output limit is killed. */
    private static final int FLOOD_FACTOR = 16;
    /** What a JVM reserves beyond its heap: metaspace, class space, code cache, thread stacks. */
    private static final long JVM_ADDRESS_SPACE_MB = 1024;
    private static final long MB = 1024L * 1024;
    private static final String REFUSAL = "no sandbox can be made on this host (see the service log)";
    private static final String UNSANDBOXED = "cat > \"$1\"; shift; exec \"$@\" </dev/null";

    private final CodeRunnerSettings settings;
    private final Optional<Sandbox> sandbox;
    private final Optional<String> refusal;
    private final Optional<String> python;
    private final String javaLauncher = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private CodeRunner(CodeRunnerSettings settings, Optional<Sandbox> sandbox, Optional<String> refusal,
                       Optional<String> python) {
        this.settings = settings;
        this.sandbox = sandbox;
        this.refusal = refusal;
        this.python = python;
    }

    /**
     * Probes whether a sandbox can be made here and which Python it runs, and returns a runner. Without a sandbox the
     * runner refuses every snippet (logged once here), unless the unsafe opt-out is set.
     */
    public static CodeRunner start(CodeRunnerSettings settings) {
        Optional<Path> pythonExecutable = pythonExecutable(settings.python());
        Optional<Path> pythonHome = pythonExecutable.flatMap(CodeRunner::pythonPrefix);
        Optional<String> python = pythonHome.flatMap(home -> pythonExecutable).map(Path::toString);
        List<Path> runtimes = new ArrayList<>(Sandbox.runtimeDirectories(Path.of(System.getProperty("java.home"))));
        pythonHome.ifPresent(runtimes::add);
        Sandbox sandbox = Sandbox.of(settings.sandboxUid(), runtimes);
        Optional<String> failure = new CodeRunner(settings, Optional.of(sandbox), Optional.empty(), Optional.empty())
                .probe();
        if (failure.isPresent()) {
            String why = "no sandbox can be made here (it needs user namespaces, unshare, setpriv, prlimit and a work-dir "
                    + settings.workDirectory() + " the sandbox user can search): " + failure.get();
            if (!settings.unsafeRunWithoutSandbox()) {
                LOG.errorf("Code runner: snippets are NOT run: %s", why);
                return new CodeRunner(settings, Optional.empty(), Optional.of(REFUSAL), python);
            }
            LOG.warnf("Code runner: snippets run WITHOUT a sandbox (unsafe-run-without-sandbox=true): they can read "
                    + "this service's environment and files and reach the network. %s", why);
            return new CodeRunner(settings, Optional.empty(), Optional.empty(), python);
        }
        CodeRunner runner = new CodeRunner(settings, Optional.of(sandbox), Optional.empty(), python);
        if (python.isPresent()) {
            CodeRun check = runner.run(SnippetLanguage.PYTHON, "pass");
            if (check.status() != CodeRun.Status.EXITED || check.exitCode() != 0) {
                LOG.warnf("Code runner: %s does not run in the sandbox, Python snippets are not run: %s", python.get(),
                        check.summary());
                runner = new CodeRunner(settings, Optional.of(sandbox), Optional.empty(), Optional.empty());
            }
        }
        LOG.infof("Code runner on, sandboxed: wall time %s, memory %d MB, output %d bytes, %d processes, %d open files, "
                        + "%d MB disk, python %s", settings.wallTime(), settings.memoryMegabytes(),
                settings.outputLimitBytes(), settings.maxProcesses(), settings.maxOpenFiles(), settings.diskMegabytes(),
                runner.python.orElse("not available"));
        return runner;
    }

    /** Why a trivial command does not run in the sandbox, if it does not. */
    private Optional<String> probe() {
        try {
            CodeRun probe = run(SnippetLanguage.OTHER, "", "probe", directory -> List.of("true"));
            return probe.status() == CodeRun.Status.EXITED && probe.exitCode() == 0
                    ? Optional.empty() : Optional.of(probe.summary());
        } catch (UncheckedIOException e) {
            return Optional.of(e.getCause().getMessage());
        }
    }

    /** Whether snippets run in the sandbox (fresh namespaces, no network). */
    public boolean sandboxed() {
        return sandbox.isPresent();
    }

    /** Runs the answer's fenced Python and Java blocks, in order, up to the configured number. */
    public List<CodeRun> runAll(String answer) {
        List<CodeRun> runs = new ArrayList<>();
        for (CodeBlock block : CodeBlocks.in(answer)) {
            if (block.language() == SnippetLanguage.OTHER) {
                continue;
            }
            runs.add(runs.size() < settings.maxSnippetsPerAnswer()
                    ? run(block.language(), block.code())
                    : CodeRun.notRun(block.language(), "snippet limit per answer reached"));
        }
        return runs;
    }

    public CodeRun run(SnippetLanguage language, String code) {
        if (language == SnippetLanguage.OTHER) {
            return CodeRun.notRun(language, "only Python and Java snippets are run");
        }
        if (refusal.isPresent()) {
            return CodeRun.notRun(language, refusal.get());
        }
        if (language == SnippetLanguage.PYTHON) {
            return python.map(executable -> run(language, code, "snippet.py",
                            directory -> List.of(executable, "-I", "-B", "snippet.py")))
                    .orElseGet(() -> CodeRun.notRun(language, "python3 is not installed"));
        }
        // the JVM reserves far more address space than it uses: its heap is bounded by -Xmx, the rest by the flags
        return run(language, javaSource(code), "Snippet.java", directory -> List.of(javaLauncher,
                "-Xmx" + settings.memoryMegabytes() + "m", "-Xss1m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:MaxMetaspaceSize=128m", "-XX:CompressedClassSpaceSize=64m", "-XX:ReservedCodeCacheSize=32m",
                "-XX:-UsePerfData", "-Djava.io.tmpdir=" + directory, "-Duser.home=" + directory, "Snippet.java"));
    }

    /**
     * Runs {@code interpreter} (given the run's directory) with {@code source} saved as {@code fileName} in that
     * directory, under the limits, and waits for it at most the wall time.
     */
    private CodeRun run(SnippetLanguage language, String source, String fileName,
                        Function<Path, List<String>> interpreter) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory(Files.createDirectories(settings.workDirectory()), "snippet-")
                    .toAbsolutePath();
            return execute(language, source, fileName, limited(language, interpreter.apply(directory)), directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run a snippet in " + settings.workDirectory(), e);
        } finally {
            deleteRecursively(directory);
        }
    }

    private CodeRun execute(SnippetLanguage language, String source, String fileName, List<String> limited,
                            Path directory) throws IOException {
        List<String> command = sandbox.map(box -> box.command(directory, settings.diskMegabytes() * 1024L, fileName, limited))
                .orElseGet(() -> unsandboxed(fileName, limited));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        builder.environment().put("HOME", directory.toString());
        builder.environment().put("TMPDIR", directory.toString());
        builder.environment().put("LANG", "C.UTF-8");
        long started = System.nanoTime();
        Process process = builder.start();
        long flood = (long) settings.outputLimitBytes() * FLOOD_FACTOR;
        OutputCapture out = OutputCapture.start(process.getInputStream(), settings.outputLimitBytes(), flood,
                () -> kill(process), "snippet-stdout");
        OutputCapture err = OutputCapture.start(process.getErrorStream(), settings.outputLimitBytes(), flood,
                () -> kill(process), "snippet-stderr");
        try (OutputStream in = process.getOutputStream()) {
            in.write(source.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the sandbox failed before reading the code: its stderr says why
        }
        boolean finished;
        try {
            finished = process.waitFor(settings.wallTime().toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                kill(process);
                process.waitFor(5, TimeUnit.SECONDS);
            }
            out.finish(5000);
            err.finish(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(process);
            finished = false;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (!finished) {
            return new CodeRun(language, CodeRun.Status.TIMED_OUT, null, out.text(), err.text(), millis,
                    "wall-time limit " + settings.wallTime().toMillis() + " ms");
        }
        String note = out.flooded() || err.flooded()
                ? "output cut at " + settings.outputLimitBytes() + " bytes; killed after " + flood + " bytes"
                : out.cut() || err.cut() ? "output cut at " + settings.outputLimitBytes() + " bytes" : "";
        return new CodeRun(language, CodeRun.Status.EXITED, process.exitValue(), out.text(), err.text(), millis, note);
    }

    /** The interpreter under rlimits (soft and hard), unable to gain privileges and, sandboxed, without capabilities. */
    private List<String> limited(SnippetLanguage language, List<String> interpreter) {
        long addressSpaceMb = settings.memoryMegabytes() + (language == SnippetLanguage.JAVA ? JVM_ADDRESS_SPACE_MB : 0);
        List<String> command = new ArrayList<>(List.of("prlimit",
                "--nproc=" + settings.maxProcesses(),
                "--as=" + addressSpaceMb * MB,
                "--fsize=" + settings.diskMegabytes() * MB,
                "--cpu=" + Math.max(1, settings.wallTime().toSeconds()),
                "--nofile=" + settings.maxOpenFiles(),
                "--core=0", "--",
                "setpriv", "--no-new-privs"));
        if (sandbox.isPresent()) {
            // root of the user namespace until here; from here on without any capability, in it or anywhere
            command.addAll(List.of("--inh-caps=-all", "--bounding-set=-all"));
        }
        command.add("--");
        command.addAll(interpreter);
        return command;
    }

    /** Only with the unsafe opt-out: the same limits, in the service's own namespaces. */
    private static List<String> unsandboxed(String fileName, List<String> limited) {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", UNSANDBOXED, "sh", fileName));
        command.addAll(limited);
        return command;
    }

    /**
     * Kills the run: in the sandbox the first descendant is the namespace's PID 1, whose death takes every process of
     * the namespace with it; unsandboxed, every descendant that can still be found.
     */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /**
     * A snippet with a main method runs as written; one that only declares types is compiled by running an empty
     * main placed before them; bare statements run inside a main method.
     */
    static String javaSource(String code) {
        if (JAVA_MAIN.matcher(code).find()) {
            return code;
        }
        List<String> header = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (String line : code.split("\n", -1)) {
            (JAVA_HEADER_LINE.matcher(line).matches() && body.stream().allMatch(String::isBlank) ? header : body).add(line);
        }
        String imports = String.join("\n", header);
        String rest = String.join("\n", body);
        if (JAVA_TYPE.matcher(rest).find()) {
            return imports + "\nclass SnippetCompiles { public static void main(String[] args) { } }\n" + rest + "\n";
        }
        return imports + "\npublic class Snippet {\n    public static void main(String[] args) throws Exception {\n"
                + rest.indent(8) + "    }\n}\n";
    }

    /** A bare name is looked up on the sandbox's PATH, as the snippet would; a path is taken as it is. */
    private static Optional<Path> pythonExecutable(String python) {
        Stream<Path> candidates = python.contains("/") ? Stream.of(Path.of(python))
                : Sandbox.PATH.stream().map(directory -> Path.of(directory, python));
        return candidates.filter(Files::isExecutable).findFirst();
    }

    /** The installation the interpreter loads its library from (bound read-only into the sandbox). */
    private static Optional<Path> pythonPrefix(Path executable) {
        try {
            Process process = new ProcessBuilder(executable.toString(), "-I", "-c", "import sys; print(sys.base_prefix)")
                    .redirectErrorStream(true).start();
            String prefix = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0 && !prefix.isEmpty()) {
                return Optional.of(Path.of(prefix).toRealPath());
            }
            process.destroyForcibly();
        } catch (IOException e) {
            LOG.debugf("no %s: %s", executable, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private static void deleteRecursively(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("could not delete %s: %s", directory, e.getMessage());
        }
    }
}
