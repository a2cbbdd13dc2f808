package io.interviews.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.interviews.deploy.infra.Database;
import io.interviews.deploy.infra.KafkaBroker;

class KafkaBrokerLifecycleTest {

    static {
        QuietLogs.apply();
    }

    @Test
    void closeStopsTheBrokerAndDeletesItsData() throws Exception {
        Path dir = RealInfrastructure.infraDir().resolve("lifecycle-kafka");
        long pid;
        try (KafkaBroker broker = KafkaBroker.start(dir)) {
            pid = broker.pid();
            assertTrue(broker.isAlive());
            broker.createTopics(List.of("lifecycle"), 1);
            assertTrue(Files.readString(broker.logFile()).contains("Kafka Server started"),
                    "the broker log is written (SLF4J binding present)");
            assertTrue(Files.isDirectory(dir.resolve("data")));
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertFalse(Files.exists(dir.resolve("data")));
    }

    /**
     * A broker run from deploy's jar leaves, at a graceful stop, the class data of its run beside that jar (or finds
     * it there already), and the next broker maps it instead of loading its classes again.
     */
    @Test
    void theNextBrokerMapsTheClassDataOfAnEarlierOne() throws Exception {
        Path deployJar = Path.of(KafkaBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assumeTrue(Files.isRegularFile(deployJar), "deploy runs from a classes directory: the JVM archives jars only");
        Path archive = deployJar.resolveSibling(deployJar.getFileName() + ".kafka-broker.jsa");
        try (KafkaBroker broker = KafkaBroker.start(RealInfrastructure.infraDir().resolve("class-data-kafka"))) {
            assertTrue(broker.isAlive());
        }
        assertTrue(Files.isRegularFile(archive), "archive written or kept: " + archive);
        assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(deployJar)) > 0);

        try (KafkaBroker broker = KafkaBroker.start(RealInfrastructure.infraDir().resolve("class-data-kafka"))) {
            // ProcessHandle.Info leaves out the arguments of a command line this long
            List<String> arguments = List.of(Files.readString(Path.of("/proc", Long.toString(broker.pid()), "cmdline"))
                    .split("\0"));
            assertTrue(arguments.contains("-XX:SharedArchiveFile=" + archive), "mapped: " + arguments);
        }
    }

    /** kill -9 and a restart in place: same address, the data written before the crash still there. */
    @Test
    void aKilledBrokerRestartsOnItsPortWithItsData() throws Exception {
        Path dir = RealInfrastructure.infraDir().resolve("restart-kafka");
        try (KafkaBroker broker = KafkaBroker.start(dir)) {
            broker.createTopics(List.of("restart"), 1);
            String address = broker.bootstrapServers();
            long firstPid = broker.pid();
            try (TopicProbe probe = new TopicProbe(address)) {
                probe.send("restart", "k", "written before the crash");
            }

            broker.kill();
            assertFalse(alive(firstPid));
            assertFalse(Files.readString(broker.logFile()).contains("stdin closed"),
                    "SIGKILL gives the broker no chance to notice anything");
            broker.restart();

            assertTrue(broker.isAlive());
            assertTrue(broker.pid() != firstPid);
            assertEquals(address, broker.bootstrapServers());
            try (TopicProbe probe = new TopicProbe(address)) {
                List<String> values = probe.readAll("restart", Duration.ofSeconds(30)).stream()
                        .map(ConsumerRecord::value).toList();
                assertEquals(List.of("written before the crash"), values);
            }
        }
    }

    /** A parent killed with SIGKILL gets no chance to clean up: broker and PostgreSQL must notice on their own. */
    @Test
    void brokerAndDatabaseExitWhenTheirParentIsKilled() throws Exception {
        Path kafkaDir = RealInfrastructure.infraDir().resolve("orphan-kafka");
        Path postgresDir = RealInfrastructure.infraDir().resolve("orphan-postgres");
        Process parent = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                InfraParent.class.getName(), kafkaDir.toString(), postgresDir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            String[] pids = readReadyLine(parent).split(" ");
            long brokerPid = Long.parseLong(pids[0]);
            long postmasterPid = Long.parseLong(pids[1]);
            assertTrue(alive(brokerPid));
            assertTrue(alive(postmasterPid));

            parent.destroyForcibly(); // SIGKILL
            parent.waitFor(10, TimeUnit.SECONDS);

            awaitExit(brokerPid, "Kafka broker");
            awaitExit(postmasterPid, "postmaster");
            assertTrue(Files.readString(kafkaDir.resolve("broker.log")).contains("stdin closed"));
        } finally {
            parent.destroyForcibly();
            deleteRecursively(kafkaDir.resolve("data"));
            deleteRecursively(postgresDir.resolve("data"));
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void awaitExit(long pid, String what) throws Exception {
        Optional<ProcessHandle> stillThere = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (stillThere.isPresent()) {
            try {
                stillThere.get().onExit().get(20, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // reported below
            }
        }
        assertFalse(alive(pid), what + " " + pid + " survived its parent");
    }

    private static String readReadyLine(Process parent) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(InfraParent.READY)) {
                return line.substring(InfraParent.READY.length()).trim();
            }
        }
        throw new AssertionError("the parent JVM exited without reporting started infrastructure");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Main class of the throw-away parent JVM: starts broker and database, reports pids, waits to be killed. */
    public static final class InfraParent {
        static final String READY = "READY ";

        public static void main(String[] args) throws Exception {
            KafkaBroker broker = KafkaBroker.start(Path.of(args[0]));
            Database database = Database.startOrConnect(Path.of(args[1]), Map.of());
            String postmasterPid = Files.readAllLines(Path.of(args[1], "data", "postmaster.pid")).get(0).trim();
            System.out.println(READY + broker.pid() + " " + postmasterPid);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
            database.close(); // not reached
        }
    }
}
