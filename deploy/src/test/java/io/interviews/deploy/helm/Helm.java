package io.interviews.deploy.helm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the Helm binary the build fetched (system property {@code helm.binary}, see deploy/pom.xml) with a
 * deadline, its caches and config under target/, and its output captured to files (no pipe can fill up).
 */
final class Helm {

    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final AtomicLong RUNS = new AtomicLong();

    /** The deploy module's directory (Surefire sets {@code basedir}). */
    static final Path MODULE_DIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    static final Path HELM_DIR = MODULE_DIR.resolve("helm");
    static final Path CHART = HELM_DIR.resolve("interview-system");
    static final Path ALL_ON_VALUES = HELM_DIR.resolve("values-all-on.yaml");
    static final Path WORK_DIR = MODULE_DIR.resolve("target/helm-test");

    record Result(List<String> command, int exitCode, String stdout, String stderr) {

        Result assertSucceeded() {
            if (exitCode != 0) {
                throw new AssertionError("helm failed (exit " + exitCode + "): " + String.join(" ", command)
                        + "\n--- stderr ---\n" + stderr + "\n--- stdout ---\n" + stdout);
            }
            return this;
        }
    }

    private Helm() {
    }

    static Path binary() {
        Path binary = Path.of(System.getProperty("helm.binary", MODULE_DIR.resolve("target/tools/helm/helm").toString()));
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("No Helm at " + binary + ": the build's obtain-helm step fetches it "
                    + "(`./mvnw -f deploy/pom.xml verify`), or pass -Dhelm.binary=/path/to/helm");
        }
        return binary;
    }

    static Result run(String... args) {
        return run(List.of(args));
    }

    static Result run(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(binary().toString());
        command.addAll(args);
        try {
            Path home = Files.createDirectories(WORK_DIR.resolve("home"));
            long run = RUNS.incrementAndGet();
            Path out = WORK_DIR.resolve("run-" + run + ".out");
            Path err = WORK_DIR.resolve("run-" + run + ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(MODULE_DIR.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().put("HELM_CACHE_HOME", home.resolve("cache").toString());
            builder.environment().put("HELM_CONFIG_HOME", home.resolve("config").toString());
            builder.environment().put("HELM_DATA_HOME", home.resolve("data").toString());
            // rendering never talks to a cluster; make sure no local kubeconfig is picked up
            builder.environment().put("KUBECONFIG", home.resolve("no-kubeconfig").toString());
            Process process = builder.start();
            if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("helm did not finish within " + DEADLINE + ": " + String.join(" ", command));
            }
            return new Result(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    /** {@code helm template interview <chart> [args]}, which must succeed, parsed. */
    static RenderedChart template(String... args) {
        List<String> command = new ArrayList<>(List.of("template", "interview", CHART.toString(), "--namespace", "recruiting"));
        command.addAll(List.of(args));
        return RenderedChart.parse(run(command).assertSucceeded().stdout());
    }

    /**
     * {@code helm template} with values the chart must refuse with an error containing {@code expectedError}: fails
     * if it renders or says something else; returns Helm's error output.
     */
    static String templateRefused(String expectedError, String... args) {
        List<String> command = new ArrayList<>(List.of("template", "interview", CHART.toString()));
        command.addAll(List.of(args));
        Result result = run(command);
        if (result.exitCode() == 0 || !result.stderr().contains(expectedError)) {
            throw new AssertionError("helm did not refuse with \"" + expectedError + "\" (exit " + result.exitCode()
                    + "): " + String.join(" ", command) + "\n--- stderr ---\n" + result.stderr());
        }
        return result.stderr();
    }
}
