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
import java.util.stream.Stream;

/**
 * A Quarkus application packaged as one jar ({@code <module>/target/*-runner.jar}, an uber-jar) running as a child
 * process on {@code 127.0.0.1:<port>}, with the classes of an earlier whole run of the same jar mapped from its
 * {@link ClassDataArchive} (or, on its first run, recording them).
 *
 * <p>The child gets {@code QUARKUS_HTTP_PORT=<port>} and {@code INTERVIEW_PARENT_PID=<our pid>};
 * the services exit by themselves when that process disappears. Its stdout and stderr go to
 * {@link #logFile()}.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final String ENV_PARENT_PID = "INTERVIEW_PARENT_PID";
    public static final String ENV_HTTP_PORT = "QUARKUS_HTTP_PORT";
    /**
     * A small initial heap that grows with the work (its cap is each service's: {@code ServiceSpec}), one collector
     * thread, C1 alone. The Helm chart's {@code jvm} values give the services in a cluster the same.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms32m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");
    /** The heap cap of a service started without one: an interviewer's, the largest of the services'. */
    public static final String DEFAULT_MAX_HEAP = "-Xmx128m";
    /** glibc's malloc arenas: by default up to eight per core, each holding freed memory of its own. */
    public static final Map<String, String> DEFAULT_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");
    /** What Quarkus calls the jar of an uber-jar build: {@code <artifactId>-<version>-runner.jar}. */
    private static final String RUNNER_JAR_SUFFIX = "-runner.jar";
    /** A stop that writes the class-data archive takes longer: the JVM writes 110–130 MB as it exits. */
    private static final Duration STOP_WHILE_RECORDING = Duration.ofSeconds(120);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final String name;
    private final int port;
    private final Path logFile;
    private final Process process;
    private final ClassDataArchive classData;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private ServiceProcess(String name, int port, Path logFile, Process process, ClassDataArchive classData) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
        this.classData = classData;
    }

    /**
     * The application jar a Maven module's build wrote: the one {@code *-runner.jar} in {@code targetDir}.
     *
     * @throws IllegalStateException when there is none (the module is not built) or more than one
     */
    public static Path applicationJar(Path targetDir) {
        List<Path> jars;
        try (Stream<Path> files = Files.list(targetDir)) {
            jars = files.filter(file -> file.getFileName().toString().endsWith(RUNNER_JAR_SUFFIX)).toList();
        } catch (IOException e) {
            jars = List.of();
        }
        if (jars.size() != 1) {
            throw new IllegalStateException((jars.isEmpty() ? "no application jar (*" + RUNNER_JAR_SUFFIX + ") in "
                    : "more than one application jar in ") + targetDir.toAbsolutePath()
                    + " (build the module: ./mvnw -DskipTests package)" + (jars.isEmpty() ? "" : ": " + jars));
        }
        return jars.get(0);
    }

    /** {@link #start(String, Path, int, Map, Path, List)} with the {@link #DEFAULT_MAX_HEAP} alone. */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> env, Path logFile) {
        return start(name, jar, port, env, logFile, List.of(DEFAULT_MAX_HEAP));
    }

    /**
     * Starts {@code java -Xms32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 <class data> <extraJvmOptions>
     * -jar <jar>} with this process's environment plus {@code env} ({@code MALLOC_ARENA_MAX=2} unless one of them sets
     * it). The class data is {@code -XX:SharedArchiveFile=<jar>.jsa} when an earlier run of this jar recorded it
     * (ready in 3.5 s instead of 5.2–5.9 s, measured for interviewer-tech), else {@code -XX:ArchiveClassesAtExit}, so
     * that a graceful {@link #stop()} records it. Does not wait for readiness; see {@link #awaitReady(Duration)}.
     *
     * @param name     a label for messages
     * @param port     the HTTP port; passed as {@code QUARKUS_HTTP_PORT} unless {@code env} sets it to the same value
     * @param logFile  receives stdout and stderr (an earlier process's log there is kept as {@code <logFile>.1})
     */
    public static ServiceProcess start(String name, Path applicationJar, int port, Map<String, String> env,
                                       Path logFile, List<String> extraJvmOptions) {
        Path jar = applicationJar.toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(name + ": no application jar at " + jar + " (build the module first)");
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
        ClassDataArchive classData = ClassDataArchive.of(jar);
        command.addAll(classData.jvmOptions());
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
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().putAll(childEnv);
            DEFAULT_ENVIRONMENT.forEach(builder.environment()::putIfAbsent);
            return new ServiceProcess(name, port, log, builder.start(), classData);
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

    /**
     * SIGTERM (Quarkus shuts down gracefully), up to 10 s (2 minutes when the JVM records its class data at the exit),
     * then SIGKILL.
     */
    public void stop() {
        boolean ended = ProcessSupport.stop(process, classData.records() ? STOP_WHILE_RECORDING
                : ProcessSupport.GRACEFUL_STOP);
        classData.keep(ended);
    }

    /** SIGKILL ({@code kill -9}) of the service's JVM, as a crash would end it: no shutdown hook runs. Waits for the exit. */
    public void kill() {
        ProcessSupport.kill(process);
        classData.keep(false);
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
