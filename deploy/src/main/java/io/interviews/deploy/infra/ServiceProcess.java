package io.interviews.deploy.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Quarkus application ({@code <appDir>/quarkus-run.jar}, the fast-jar layout) running as a child
 * process on {@code 127.0.0.1:<port>}.
 *
 * <p>The child gets {@code QUARKUS_HTTP_PORT=<port>} and {@code INTERVIEW_PARENT_PID=<our pid>};
 * the services exit by themselves when that process disappears. Its stdout and stderr go to
 * {@link #logFile()}.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final String ENV_PARENT_PID = "INTERVIEW_PARENT_PID";
    public static final String ENV_HTTP_PORT = "QUARKUS_HTTP_PORT";
    /**
     * A small initial heap that grows with the work, capped at twice the interviewers' live set (about 60 MB, their
     * embedding tables included): with {@code -Xmx256m} their resident memory passed 300 MB after 1,000 interviews.
     */
    static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms32m", "-Xmx128m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");
    /** glibc's malloc arenas: by default up to eight per core, each holding freed memory of its own. */
    static final Map<String, String> DEFAULT_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");
    /** The class-data archive Quarkus writes at build time ({@code quarkus.package.jar.appcds.enabled}). */
    static final String CLASS_DATA_ARCHIVE = "app-cds.jsa";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final String name;
    private final int port;
    private final Path logFile;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private ServiceProcess(String name, int port, Path logFile, Process process) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    /** {@link #start(String, Path, int, Map, Path, List)} without extra JVM options. */
    public static ServiceProcess start(String name, Path appDir, int port, Map<String, String> env, Path logFile) {
        return start(name, appDir, port, env, logFile, List.of());
    }

    /**
     * Starts {@code java -Xms32m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 <extraJvmOptions> -jar
     * <appDir>/quarkus-run.jar} with this process's environment plus {@code env} ({@code MALLOC_ARENA_MAX=2} unless
     * one of them sets it), and with {@code -XX:SharedArchiveFile=<appDir>/app-cds.jsa} when the build wrote that
     * archive (start-up about a third faster). Does not wait for readiness; see {@link #awaitReady(Duration)}.
     *
     * @param name     a label for messages
     * @param port     the HTTP port; passed as {@code QUARKUS_HTTP_PORT} unless {@code env} sets it to the same value
     * @param logFile  receives stdout and stderr (an earlier process's log there is kept as {@code <logFile>.1})
     */
    public static ServiceProcess start(String name, Path appDir, int port, Map<String, String> env, Path logFile,
                                       List<String> extraJvmOptions) {
        Path jar = appDir.resolve("quarkus-run.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(name + ": no Quarkus application at " + jar + " (build the module first)");
        }
        String configuredPort = env.get(ENV_HTTP_PORT);
        if (configuredPort != null && !configuredPort.equals(Integer.toString(port))) {
            throw new IllegalArgumentException(name + ": env sets " + ENV_HTTP_PORT + "=" + configuredPort
                    + " but the port is " + port);
        }
        if (!Ports.isFree(port)) {
            // the process would fail to bind, and another service answering on the port would pass for it ready
            throw new IllegalStateException(name + ": port " + port + " is in use by another process");
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessSupport.javaExecutable());
        command.addAll(DEFAULT_JVM_OPTIONS);
        Path classDataArchive = appDir.resolve(CLASS_DATA_ARCHIVE).toAbsolutePath();
        if (Files.isRegularFile(classDataArchive)) {
            command.add("-XX:SharedArchiveFile=" + classDataArchive);
        }
        command.addAll(extraJvmOptions);
        command.add("-jar");
        command.add(jar.toString());

        Map<String, String> childEnv = new HashMap<>(env);
        childEnv.put(ENV_HTTP_PORT, Integer.toString(port));
        childEnv.put(ENV_PARENT_PID, Long.toString(ProcessHandle.current().pid()));
        Path log = logFile.toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            ProcessSupport.keepEarlierLog(log);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(appDir.toAbsolutePath().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().putAll(childEnv);
            DEFAULT_ENVIRONMENT.forEach(builder.environment()::putIfAbsent);
            return new ServiceProcess(name, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": could not start " + command, e);
        }
    }

    /**
     * Polls {@code GET http://127.0.0.1:<port>/q/health/ready} until it answers 200.
     *
     * @throws IllegalStateException if the process exits or the timeout passes (with the log tail)
     */
    public void awaitReady(Duration timeout) {
        URI uri = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer";
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(ProcessSupport.describeFailure(
                        name + " exited with code " + process.exitValue() + " before it was ready", logFile));
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(name + ": interrupted while waiting for readiness", e);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException(ProcessSupport.describeFailure(
                        name + " not ready after " + timeout.toSeconds() + " s at " + uri + " (last: " + lastAnswer + ")",
                        logFile));
            }
            ProcessSupport.sleep(POLL_INTERVAL);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGTERM (Quarkus shuts down gracefully), up to 10 s, then SIGKILL. */
    public void stop() {
        ProcessSupport.stop(process);
    }

    /** SIGKILL ({@code kill -9}) of the service's JVM, as a crash would end it: no shutdown hook runs. Waits for the exit. */
    public void kill() {
        ProcessSupport.kill(process);
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "ServiceProcess[" + name + ", port " + port + ", pid " + process.pid() + "]";
    }
}
