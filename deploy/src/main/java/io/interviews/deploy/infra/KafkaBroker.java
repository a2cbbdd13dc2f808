package io.interviews.deploy.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A real single-node Apache Kafka broker (KRaft, combined broker + controller) running in a child
 * JVM on two free loopback ports.
 *
 * <p>Layout of {@code workDir} (owned exclusively by one broker): {@code server.properties},
 * {@code log4j2.properties}, {@code broker.log} (storage format output and broker log) and the data directory
 * {@code data/}, which {@link #close()} deletes. The logs are kept for diagnosis (an earlier broker's as
 * {@code broker.log.1}).
 *
 * <p>The broker exits on its own when this JVM dies (see {@link BrokerMain}). {@link #kill()} and {@link #restart()}
 * crash it and bring it back on the same ports with the same data, as a broker pod restarted in place.
 */
public final class KafkaBroker implements AutoCloseable {

    /**
     * The {@code metadata.recovery.strategy} for this broker's clients. Kafka's default, {@code rebootstrap}, sends a
     * client back to its bootstrap address when every broker it knows is unreachable, forgetting the topics'
     * partitions; with one broker that is every broker restart, and each consumer group then rebalances once it is
     * back (its consumers pause until a heartbeat tells them). A restarted single broker is the same broker.
     */
    public static final String CLIENT_METADATA_RECOVERY = "none";

    /** Classpath resource written by the build (maven-dependency-plugin:build-classpath). */
    static final String CLASSPATH_RESOURCE = "/io/interviews/deploy/broker.classpath";
    static final String STARTED_MESSAGE = "Kafka Server started";
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final String SERVER_PROPERTIES = "server.properties";
    private static final String LOG4J2_CONFIG = "log4j2.properties";
    private static final int START_ATTEMPTS = 3;
    /** A stop that writes the class-data archive takes longer: the JVM writes about 50 MB as it exits. */
    private static final Duration STOP_WHILE_RECORDING = Duration.ofSeconds(30);
    private static final List<String> JVM_OPTIONS =
            List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");

    private final Path workDir;
    private final Path dataDir;
    private final Path logFile;
    private final int port;
    private final Path serverProperties;
    private final Path log4jConfig;
    private volatile Launched launched;
    private volatile boolean closed;

    /** A broker JVM and the class-data archive it maps or records. */
    private record Launched(Process process, Optional<ClassDataArchive> classData) {

        /** After the JVM ended: a recording it wrote at a graceful exit after it had started is kept. */
        void ended(boolean gracefully) {
            classData.ifPresent(archive -> archive.keep(gracefully));
        }
    }

    private KafkaBroker(Path workDir, Path dataDir, Path logFile, int port, Launched launched) {
        this.workDir = workDir;
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.port = port;
        this.launched = launched;
        this.serverProperties = workDir.resolve(SERVER_PROPERTIES);
        this.log4jConfig = workDir.resolve(LOG4J2_CONFIG);
    }

    /**
     * Formats storage and starts a broker under {@code workDir}; returns once it accepts clients.
     * Any data left in {@code workDir/data} by an earlier run is deleted first.
     *
     * @throws IllegalStateException if the broker does not come up within 60 s (message includes the log tail)
     */
    public static KafkaBroker start(Path workDir) {
        Path dir = workDir.toAbsolutePath().normalize();
        String classpath = brokerClasspath();
        IllegalStateException last = null;
        // The free ports can be taken by someone else between probing and binding; retry then.
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return startOnce(dir, classpath);
            } catch (PortTakenException e) {
                last = e;
            }
        }
        throw last;
    }

    private static KafkaBroker startOnce(Path dir, String classpath) {
        int[] ports = Ports.freeLoopbackPorts(2);
        int port = ports[0];
        int controllerPort = ports[1];
        Path dataDir = dir.resolve("data");
        Path serverProperties = dir.resolve(SERVER_PROPERTIES);
        Path log4jConfig = dir.resolve(LOG4J2_CONFIG);
        Path brokerLog = dir.resolve("broker.log");
        try {
            Files.createDirectories(dir);
            ProcessSupport.deleteRecursively(dataDir);
            Files.createDirectories(dataDir);
            writeServerProperties(serverProperties, dataDir, port, controllerPort);
            Files.writeString(log4jConfig, LOG4J2_PROPERTIES, StandardCharsets.UTF_8);
            ProcessSupport.keepEarlierLog(brokerLog);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Kafka work dir " + dir, e);
        }

        Launched launched = launch(dir, brokerLog, classpath, log4jConfig,
                BrokerMain.FORMAT_OPTION, randomClusterId(), serverProperties.toString());
        KafkaBroker broker = new KafkaBroker(dir, dataDir, brokerLog, port, launched);
        try {
            broker.awaitReady(START_TIMEOUT, 0);
            return broker;
        } catch (RuntimeException e) {
            // a JVM that failed to start records no archive worth mapping
            broker.shutDown(false);
            throw e;
        }
    }

    /** {@code 127.0.0.1:<port>} of the PLAINTEXT listener. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path workDir() {
        return workDir;
    }

    /** The broker's own log (stdout and stderr of the child JVM). */
    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return launched.process().isAlive();
    }

    /** Process id of the broker JVM. */
    public long pid() {
        return launched.process().pid();
    }

    /**
     * Creates the topics (replication factor 1) if they do not exist yet. Needs
     * {@code kafka-clients} on the caller's classpath; see {@link KafkaAdmin}.
     */
    public void createTopics(Collection<String> topics, int partitions) {
        KafkaAdmin.createTopics(bootstrapServers(), topics, partitions);
    }

    /** SIGKILL ({@code kill -9}) of the broker JVM: no orderly shutdown, the data directory is left as the crash left it. */
    public void kill() {
        ProcessSupport.kill(launched.process());
        launched.ended(false);
    }

    /**
     * Starts the broker again after {@link #kill()} on the same ports, with the same cluster and data directory
     * (no format: Kafka recovers its logs from the unclean shutdown); returns once it accepts clients again.
     *
     * @throws IllegalStateException if the broker is still running or does not come back within 60 s
     */
    public synchronized void restart() {
        if (closed || launched.process().isAlive()) {
            throw new IllegalStateException("restart() needs a killed broker, not a " + (closed ? "closed" : "running")
                    + " one: " + this);
        }
        long startsBefore = countLogLines(STARTED_MESSAGE);
        launched = launch(workDir, logFile, brokerClasspath(), log4jConfig, serverProperties.toString());
        awaitReady(START_TIMEOUT, startsBefore);
    }

    /**
     * Stops the broker (SIGTERM, up to 10 s, or 30 s while it records its class data, then SIGKILL) and deletes its
     * data directory.
     */
    @Override
    public void close() {
        shutDown(true);
    }

    /**
     * Stops the JVM and deletes the data directory; the class data the JVM recorded is kept if {@code keepClassData}
     * and it ended by itself.
     */
    private void shutDown(boolean keepClassData) {
        if (closed) {
            return;
        }
        closed = true;
        Launched current = launched;
        boolean waitForRecording = keepClassData && current.classData().map(ClassDataArchive::records).orElse(false);
        boolean ended = ProcessSupport.stop(current.process(),
                waitForRecording ? STOP_WHILE_RECORDING : ProcessSupport.GRACEFUL_STOP);
        current.ended(keepClassData && ended);
        ProcessSupport.deleteRecursively(dataDir);
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + ", pid " + pid() + ", " + workDir + "]";
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * Starts the broker JVM: {@code BrokerMain <brokerArgs>}, its output appended to {@code brokerLog}. Run from
     * deploy's jar, it maps the class data of an earlier broker's whole run (or records it): a start loads about
     * 7,700 classes (6,800 of them then come from the archive), and alone here it was ready after 3.3 s reading
     * them, 2.4 s mapping them.
     */
    private static Launched launch(Path dir, Path brokerLog, String classpath, Path log4jConfig, String... brokerArgs) {
        Path ownCode = ownCodeSource();
        // the JVM archives classes from jars only: not when deploy runs from its build's classes directory
        Optional<ClassDataArchive> classData = Files.isRegularFile(ownCode)
                ? Optional.of(ClassDataArchive.beside(ownCode, ownCode.getFileName() + ".kafka-broker.jsa"))
                : Optional.empty();
        List<String> command = javaCommand(classpath, log4jConfig,
                classData.map(ClassDataArchive::jvmOptions).orElse(List.of()));
        command.add(BrokerMain.class.getName());
        command.addAll(List.of(brokerArgs));
        try {
            // stdin stays a pipe we never write to: its EOF tells BrokerMain that we are gone.
            return new Launched(new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(brokerLog.toFile()))
                    .start(), classData);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Kafka broker JVM", e);
        }
    }

    /** Waits until the log holds more than {@code startsBefore} start messages and the port accepts clients. */
    private void awaitReady(Duration timeout, long startsBefore) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Process process = launched.process();
        while (true) {
            if (!process.isAlive()) {
                String message = "Kafka broker exited with code " + process.exitValue() + " during start-up";
                if (countLogLines("Address already in use") > 0) {
                    throw new PortTakenException(ProcessSupport.describeFailure(message, logFile));
                }
                throw new IllegalStateException(ProcessSupport.describeFailure(message, logFile));
            }
            if (countLogLines(STARTED_MESSAGE) > startsBefore && accepts(port)) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException(ProcessSupport.describeFailure(
                        "Kafka broker not ready after " + timeout.toSeconds() + " s", logFile));
            }
            ProcessSupport.sleep(Duration.ofMillis(100));
        }
    }

    private long countLogLines(String text) {
        try (Stream<String> lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(text)).count();
        } catch (IOException | UncheckedIOException e) {
            return 0; // not written yet, or a half-written multi-byte character
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> javaCommand(String classpath, Path log4jConfig, List<String> classDataOptions) {
        List<String> command = new ArrayList<>();
        command.add(ProcessSupport.javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.addAll(classDataOptions);
        command.add("-Dlog4j2.configurationFile=" + log4jConfig.toUri());
        command.add("-cp");
        command.add(classpath);
        return command;
    }

    private static void writeServerProperties(Path file, Path dataDir, int port, int controllerPort)
            throws IOException {
        Properties p = new Properties();
        // Dynamic quorum (KIP-853): works with `format --standalone`; must not be combined with controller.quorum.voters.
        // Fewer offsets and transaction partitions than the default 50: the first consumer group joins much faster.
        // After kill -9 the restarted broker cannot register until its controller (restarted with it) has timed out
        // the session of the dead incarnation, retrying every heartbeat interval: with Kafka's defaults (9 s, 2 s)
        // that wait was 9.4 s of a 13.8 s restart (BrokerRestartRecoveryTest). A 3 s session still spans 6 heartbeats.
        p.load(new StringReader("""
                process.roles=broker,controller
                node.id=1
                controller.quorum.bootstrap.servers=127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                inter.broker.listener.name=PLAINTEXT
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                auto.create.topics.enable=true
                num.partitions=3
                default.replication.factor=1
                min.insync.replicas=1
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=5
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                transaction.state.log.num.partitions=5
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                broker.heartbeat.interval.ms=500
                broker.session.timeout.ms=3000
                """.formatted(port, controllerPort)));
        // set, not loaded: a path is no properties text (a backslash would be read as an escape)
        p.setProperty("log.dirs", dataDir.toString());
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "single-node KRaft broker written by " + KafkaBroker.class.getName());
        }
    }

    /** A Kafka cluster id: 16 random bytes, URL-safe base64 without padding (as Uuid.toString). */
    private static String randomClusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-")); // would be taken for an option on the command line
        return id;
    }

    /**
     * The broker JVM classpath: Kafka and its log binding as resolved at build time, plus the code
     * source of {@link BrokerMain}. Falls back to {@code lib/} next to the deploy jar when the
     * recorded jars are not on this machine (for example a copied distribution).
     */
    static String brokerClasspath() {
        Path ownCode = ownCodeSource();
        List<String> entries = new ArrayList<>();
        entries.add(ownCode.toString());
        List<String> recorded = recordedClasspath();
        if (!recorded.isEmpty() && recorded.stream().allMatch(e -> Files.exists(Path.of(e)))) {
            entries.addAll(recorded);
        } else {
            Path lib = ownCode.resolveSibling("lib");
            if (!Files.isRegularFile(ownCode) || !Files.isDirectory(lib)) {
                throw new IllegalStateException("The Kafka broker classpath recorded at build time ("
                        + CLASSPATH_RESOURCE + ") names jars that do not exist here, and there is no lib/ "
                        + "directory next to " + ownCode + ". Rebuild the deploy module.");
            }
            try (Stream<Path> jars = Files.list(lib)) {
                jars.filter(j -> j.getFileName().toString().endsWith(".jar")).sorted()
                        .forEach(j -> entries.add(j.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not list " + lib, e);
            }
        }
        if (entries.stream().noneMatch(e -> e.contains("kafka_2.13"))) {
            throw new IllegalStateException("kafka_2.13 is missing from the broker classpath: " + entries);
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static List<String> recordedClasspath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            List<String> entries = new ArrayList<>();
            for (String entry : text.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
                if (!entry.isBlank()) {
                    entries.add(entry.trim());
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + CLASSPATH_RESOURCE, e);
        }
    }

    /** The jar or classes directory holding our classes (and BrokerMain). */
    private static Path ownCodeSource() {
        CodeSource source = KafkaBroker.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("Cannot locate the code source of " + KafkaBroker.class.getName());
        }
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("Code source of " + KafkaBroker.class.getName()
                    + " is not a local file: " + source.getLocation(), e);
        }
    }

    /** Start-up failed because a probed port was taken before the broker bound it. */
    private static final class PortTakenException extends IllegalStateException {
        PortTakenException(String message) {
            super(message);
        }
    }

    private static final String LOG4J2_PROPERTIES = """
            # Broker logging: everything to stdout, which KafkaBroker redirects to broker.log.
            status = warn
            appender.stdout.type = Console
            appender.stdout.name = STDOUT
            appender.stdout.layout.type = PatternLayout
            appender.stdout.layout.pattern = [%d] %p %m (%c)%n
            rootLogger.level = INFO
            rootLogger.appenderRef.stdout.ref = STDOUT
            # Per-request and per-partition chatter is not useful here.
            logger.request.name = kafka.request.logger
            logger.request.level = WARN
            logger.statechange.name = state.change.logger
            logger.statechange.level = WARN
            logger.controller.name = org.apache.kafka.controller
            logger.controller.level = INFO
            """;
}
