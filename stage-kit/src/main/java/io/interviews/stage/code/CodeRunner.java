package io.interviews.stage.code;

import org.jboss.logging.Logger;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the Python and Java snippets of an answer, each in its own process: a fresh temporary directory (deleted
 * afterwards) as working and home directory, an empty environment, a wall-time limit, a memory limit, a cap on
 * what it may write, and no network (a new network namespace via {@code unshare -n}, or {@code unshare -rn} where
 * user namespaces are allowed). Never unbounded: every limit applies to every run.
 */
public final class CodeRunner {

    private static final Logger LOG = Logger.getLogger(CodeRunner.class);
    private static final Pattern JAVA_MAIN = Pattern.compile("static\\s+(public\\s+)?void\\s+main\\s*\\(");
    private static final Pattern JAVA_TYPE = Pattern.compile(
            "(?m)^\\s*((public|final|abstract|sealed|static)\\s+)*(class|interface|record|enum)\\s+\\w+");
    private static final Pattern JAVA_HEADER_LINE = Pattern.compile("^\\s*(package|import)\\s+[\\w.*]+\\s*;\\s*$");
    /** ulimit -f counts 512-byte blocks in dash (Debian's sh); the file limit stops floods of output. */
    private static final int FILE_BLOCK = 512;
    private static final int FLOOD_FACTOR = 16;

    private final CodeRunnerSettings settings;
    private final List<String> isolation;
    private final Optional<String> python;
    private final String javaLauncher = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private CodeRunner(CodeRunnerSettings settings, List<String> isolation, Optional<String> python) {
        this.settings = settings;
        this.isolation = isolation;
        this.python = python;
    }

    /**
     * Probes what this machine allows and returns a runner, or fails when {@code requireNoNetwork} is set and no
     * network namespace can be made.
     */
    public static CodeRunner start(CodeRunnerSettings settings) {
        List<String> isolation = networkIsolation();
        if (isolation.isEmpty()) {
            if (settings.requireNoNetwork()) {
                throw new IllegalStateException("the code runner needs a network namespace (unshare -n or unshare -rn) and "
                        + "neither works here; run as root or allow user namespaces, or accept network access with "
                        + "interview.stage.code-runner.require-no-network=false");
            }
            LOG.warn("Code runner: no network namespace available; snippets run WITH network access");
        }
        Optional<String> python = resolvePython(settings.python());
        LOG.infof("Code runner on: wall time %s, memory %d MB, output %d bytes, isolation %s, python %s",
                settings.wallTime(), settings.memoryMegabytes(), settings.outputLimitBytes(),
                isolation.isEmpty() ? "none" : String.join(" ", isolation), python.orElse("not available"));
        return new CodeRunner(settings, isolation, python);
    }

    public boolean isolatedFromNetwork() {
        return !isolation.isEmpty();
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
        if (language == SnippetLanguage.PYTHON && python.isEmpty()) {
            return CodeRun.notRun(language, "python3 is not installed");
        }
        if (language == SnippetLanguage.OTHER) {
            return CodeRun.notRun(language, "only Python and Java snippets are run");
        }
        Path directory = null;
        try {
            directory = Files.createTempDirectory(Files.createDirectories(settings.workDirectory()), "snippet-");
            return execute(language, code, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run a snippet in " + settings.workDirectory(), e);
        } finally {
            deleteRecursively(directory);
        }
    }

    private CodeRun execute(SnippetLanguage language, String code, Path directory) throws IOException {
        long fileBlocks = (long) settings.outputLimitBytes() * FLOOD_FACTOR / FILE_BLOCK + 1;
        List<String> command = new ArrayList<>(isolation);
        command.add("sh");
        command.add("-c");
        if (language == SnippetLanguage.PYTHON) {
            Files.writeString(directory.resolve("snippet.py"), code);
            command.add("ulimit -v " + settings.memoryMegabytes() * 1024L + "; ulimit -f " + fileBlocks + "; exec \"$0\" \"$@\"");
            command.addAll(List.of(python.orElseThrow(), "-I", "-B", "snippet.py"));
        } else {
            // the JVM reserves far more address space than it uses, so Java is bounded by its heap instead
            Files.writeString(directory.resolve("Snippet.java"), javaSource(code));
            command.add("ulimit -f " + fileBlocks + "; exec \"$0\" \"$@\"");
            command.addAll(List.of(javaLauncher, "-Xmx" + settings.memoryMegabytes() + "m", "-Xss1m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-XX:MaxMetaspaceSize=128m", "-Djava.io.tmpdir=" + directory,
                    "-Duser.home=" + directory, "Snippet.java"));
        }
        Path stdout = directory.resolve(".stdout");
        Path stderr = directory.resolve(".stderr");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/local/bin:/usr/bin:/bin");
        builder.environment().put("HOME", directory.toString());
        builder.environment().put("TMPDIR", directory.toString());
        builder.environment().put("LANG", "C.UTF-8");
        long started = System.nanoTime();
        Process process = builder.start();
        boolean finished;
        try {
            finished = process.waitFor(settings.wallTime().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String out = head(stdout);
        String err = head(stderr);
        if (!finished) {
            return new CodeRun(language, CodeRun.Status.TIMED_OUT, null, out, err, millis,
                    "wall-time limit " + settings.wallTime().toMillis() + " ms");
        }
        boolean flooded = Files.size(stdout) > settings.outputLimitBytes() || Files.size(stderr) > settings.outputLimitBytes();
        return new CodeRun(language, CodeRun.Status.EXITED, process.exitValue(), out, err, millis,
                flooded ? "output cut at " + settings.outputLimitBytes() + " bytes" : "");
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

    private String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(settings.outputLimitBytes()), StandardCharsets.UTF_8);
        }
    }

    /** The first way of dropping the network that works here: as root, or with user namespaces. */
    private static List<String> networkIsolation() {
        for (List<String> prefix : List.of(List.of("unshare", "-n"), List.of("unshare", "-rn"))) {
            List<String> probe = new ArrayList<>(prefix);
            probe.add("true");
            if (succeeds(probe)) {
                return prefix;
            }
        }
        return List.of();
    }

    private static Optional<String> resolvePython(String python) {
        try {
            Process process = new ProcessBuilder(python, "-c", "import sys; print(sys.executable)")
                    .redirectErrorStream(true).start();
            if (process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0) {
                String executable = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                return executable.isEmpty() ? Optional.empty() : Optional.of(executable);
            }
            process.destroyForcibly();
        } catch (IOException e) {
            LOG.debugf("no %s: %s", python, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private static boolean succeeds(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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
