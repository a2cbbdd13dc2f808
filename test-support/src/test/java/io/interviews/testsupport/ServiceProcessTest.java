package io.interviews.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.interviews.deploy.infra.Ports;
import io.interviews.deploy.infra.ServiceProcess;

/** ServiceProcess against a stand-in application: a {@code fake-runner.jar} whose main is {@link FakeService}. */
class ServiceProcessTest {

    private static Path appDir;
    private static Path fakeJar;

    @BeforeAll
    static void buildFakeApp() throws Exception {
        appDir = RealInfrastructure.infraDir().resolve("fake-app");
        Files.createDirectories(appDir);
        Path testClasses = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, testClasses.toUri().toString());
        fakeJar = writeJar(appDir.resolve("fake-runner.jar"), manifest);
    }

    private static Path writeJar(Path file, Manifest manifest) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             JarOutputStream jar = new JarOutputStream(out, manifest)) {
            // manifest only
        }
        return file;
    }

    @Test
    void startsAwaitsReadinessAndStops() throws Exception {
        int port = Ports.freeLoopbackPort();
        Path log = appDir.resolve("ok.log");
        try (ServiceProcess service = ServiceProcess.start("fake-ok", fakeJar, port, Map.of("FAKE_MODE", "ok"), log)) {
            service.awaitReady(Duration.ofSeconds(20));
            assertTrue(service.isAlive());
            assertEquals(port, service.port());
            String output = Files.readString(service.logFile());
            assertTrue(output.contains("parent=" + ProcessHandle.current().pid()), output);
            assertTrue(output.contains("port=" + port), output);
            assertTrue(output.contains("malloc-arenas=2"), output);
            service.stop();
            assertFalse(service.isAlive());
        }
    }

    @Test
    void stopShutsTheServiceDownGracefullyAndKillDoesNot() throws Exception {
        Path stoppedLog = appDir.resolve("stopped.log");
        Path killedLog = appDir.resolve("killed.log");
        try (ServiceProcess stopped = ServiceProcess.start("fake-stopped", fakeJar, Ports.freeLoopbackPort(),
                Map.of("FAKE_MODE", "ok"), stoppedLog);
             ServiceProcess killed = ServiceProcess.start("fake-killed", fakeJar, Ports.freeLoopbackPort(),
                     Map.of("FAKE_MODE", "ok"), killedLog)) {
            stopped.awaitReady(Duration.ofSeconds(20));
            killed.awaitReady(Duration.ofSeconds(20));

            stopped.stop();
            killed.kill();

            assertFalse(stopped.isAlive());
            assertFalse(killed.isAlive());
            assertTrue(Files.readString(stoppedLog).contains(FakeService.SHUTDOWN_HOOK_RAN));
            assertFalse(Files.readString(killedLog).contains(FakeService.SHUTDOWN_HOOK_RAN));
        }
    }

    @Test
    void refusesAPortAnotherProcessListensOn() throws Exception {
        try (ServiceProcess first = ServiceProcess.start("fake-first-on-port", fakeJar, Ports.freeLoopbackPort(),
                Map.of("FAKE_MODE", "ok"), appDir.resolve("first-on-port.log"))) {
            first.awaitReady(Duration.ofSeconds(20));
            // the second would fail to bind, and the first's health answers would pass for the second's
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ServiceProcess.start(
                    "fake-second-on-port", fakeJar, first.port(), Map.of("FAKE_MODE", "ok"),
                    appDir.resolve("second-on-port.log")));
            assertTrue(refused.getMessage().contains("port " + first.port() + " is in use"), refused.getMessage());
            assertTrue(first.isAlive());
        }
    }

    @Test
    void aRestartKeepsTheLogOfTheProcessBeforeIt() throws Exception {
        Path log = appDir.resolve("restarted.log");
        Files.deleteIfExists(log);
        int firstPort = Ports.freeLoopbackPort();
        try (ServiceProcess first = ServiceProcess.start("fake-first", fakeJar, firstPort, Map.of("FAKE_MODE", "ok"),
                log)) {
            first.awaitReady(Duration.ofSeconds(20));
            first.kill();
        }
        int secondPort = Ports.freeLoopbackPort();
        try (ServiceProcess second = ServiceProcess.start("fake-second", fakeJar, secondPort,
                Map.of("FAKE_MODE", "ok"), log)) {
            second.awaitReady(Duration.ofSeconds(20));
            assertTrue(read(log).contains("port=" + secondPort), read(log));
            assertFalse(read(log).contains("port=" + firstPort), read(log));
            assertTrue(read(log.resolveSibling("restarted.log.1")).contains("port=" + firstPort),
                    "the killed process's log is kept beside the new one");
        }
    }

    @Test
    void aGracefulStopRecordsTheClassDataTheNextStartMaps() throws Exception {
        Path dir = RealInfrastructure.infraDir().resolve("fake-app-with-class-data");
        deleteRecursively(dir);
        Files.createDirectories(dir);
        Path jar = Files.copy(fakeJar, dir.resolve("fake-runner.jar"));
        Path archive = dir.resolve("fake-runner.jar.jsa");

        try (ServiceProcess killed = ServiceProcess.start("fake-killed-while-recording", jar, Ports.freeLoopbackPort(),
                Map.of("FAKE_MODE", "ok"), dir.resolve("killed.log"))) {
            killed.awaitReady(Duration.ofSeconds(20));
            assertTrue(read(killed.logFile()).contains("-XX:ArchiveClassesAtExit="), read(killed.logFile()));
            killed.kill();
        }
        assertEquals(List.of(jar), filesIn(dir, ".jar", ".jsa", ".part"), "a killed run leaves no archive behind");

        try (ServiceProcess recording = ServiceProcess.start("fake-recording", jar, Ports.freeLoopbackPort(),
                Map.of("FAKE_MODE", "ok"), dir.resolve("recording.log"))) {
            recording.awaitReady(Duration.ofSeconds(20));
            recording.stop();
        }
        assertEquals(List.of(jar, archive), filesIn(dir, ".jar", ".jsa", ".part"));

        // -Xshare:on makes the JVM refuse to start unless it maps the archive
        try (ServiceProcess mapping = ServiceProcess.start("fake-cds", jar, Ports.freeLoopbackPort(),
                Map.of("FAKE_MODE", "ok"), dir.resolve("cds.log"), List.of("-Xshare:on"))) {
            mapping.awaitReady(Duration.ofSeconds(20));
            assertTrue(read(mapping.logFile()).contains("-XX:SharedArchiveFile=" + archive.toAbsolutePath()),
                    read(mapping.logFile()));
        }

        // a new build of the jar: its classes are recorded again
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 1000));
        try (ServiceProcess rebuilt = ServiceProcess.start("fake-rebuilt", jar, Ports.freeLoopbackPort(),
                Map.of("FAKE_MODE", "ok"), dir.resolve("rebuilt.log"))) {
            rebuilt.awaitReady(Duration.ofSeconds(20));
            assertTrue(read(rebuilt.logFile()).contains("-XX:ArchiveClassesAtExit="), read(rebuilt.logFile()));
        }
    }

    @Test
    void theApplicationJarIsTheOneRunnerJarOfAModulesBuild() throws Exception {
        Path target = RealInfrastructure.infraDir().resolve("fake-module-target");
        deleteRecursively(target);
        Files.createDirectories(target);
        assertThrows(IllegalStateException.class, () -> ServiceProcess.applicationJar(target));
        Files.createFile(target.resolve("fake-1.0.jar"));
        Path runner = Files.createFile(target.resolve("fake-1.0-runner.jar"));
        Files.createFile(target.resolve("fake-1.0-runner.jar.jsa"));
        assertEquals(runner, ServiceProcess.applicationJar(target));
        Files.createFile(target.resolve("other-1.0-runner.jar"));
        assertThrows(IllegalStateException.class, () -> ServiceProcess.applicationJar(target));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static List<Path> filesIn(Path dir, String... endings) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> Arrays.stream(endings).anyMatch(file.getFileName().toString()::endsWith))
                    .sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void reportsTheLogTailWhenTheServiceDies() {
        int port = Ports.freeLoopbackPort();
        try (ServiceProcess service = ServiceProcess.start("fake-crash", fakeJar, port, Map.of("FAKE_MODE", "crash"),
                appDir.resolve("crash.log"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> service.awaitReady(Duration.ofSeconds(20)));
            assertTrue(e.getMessage().contains("exited with code 3"), e.getMessage());
            assertTrue(e.getMessage().contains("boom: no configuration"), e.getMessage());
        }
    }

    @Test
    void failsAfterTheDeadlineWhenNeverReady() {
        int port = Ports.freeLoopbackPort();
        try (ServiceProcess service = ServiceProcess.start("fake-slow", fakeJar, port, Map.of("FAKE_MODE", "never"),
                appDir.resolve("never.log"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> service.awaitReady(Duration.ofSeconds(1)));
            assertTrue(e.getMessage().contains("not ready after 1 s"), e.getMessage());
            assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
        }
    }

    @Test
    void theCallersEnvironmentSetsTheMallocArenasItWants() throws Exception {
        Path log = appDir.resolve("arenas.log");
        try (ServiceProcess service = ServiceProcess.start("fake-arenas", fakeJar, Ports.freeLoopbackPort(),
                Map.of("FAKE_MODE", "ok", "MALLOC_ARENA_MAX", "4"), log)) {
            service.awaitReady(Duration.ofSeconds(20));
            assertTrue(read(log).contains("malloc-arenas=4"), read(log));
        }
    }

    @Test
    void rejectsAPortConflictingWithTheEnvironment() {
        assertThrows(IllegalArgumentException.class, () -> ServiceProcess.start("x", fakeJar, 1234,
                Map.of("QUARKUS_HTTP_PORT", "999"), appDir.resolve("x.log")));
    }

    /** Stand-in for a Quarkus service: serves /q/health/ready and follows INTERVIEW_PARENT_PID. */
    public static final class FakeService {
        static final String SHUTDOWN_HOOK_RAN = "shutdown hook ran";

        public static void main(String[] args) throws Exception {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println(SHUTDOWN_HOOK_RAN)));
            String mode = System.getenv("FAKE_MODE");
            if (mode == null) {
                return; // run once to record its classes into a class-data archive
            }
            System.out.println("command line " + ProcessHandle.current().info().arguments().map(List::of).orElse(List.of()));
            int port = Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"));
            long parent = Long.parseLong(System.getenv("INTERVIEW_PARENT_PID"));
            System.out.println("fake service mode=" + mode + " port=" + port + " parent=" + parent
                    + " malloc-arenas=" + System.getenv("MALLOC_ARENA_MAX"));
            if ("crash".equals(mode)) {
                System.err.println("boom: no configuration");
                System.exit(3);
            }
            long readyAt = System.nanoTime() + Duration.ofMillis(300).toNanos();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext("/q/health/ready", exchange -> {
                boolean ready = "ok".equals(mode) && System.nanoTime() > readyAt;
                byte[] body = ("{\"status\":\"" + (ready ? "UP" : "DOWN") + "\"}").getBytes();
                exchange.sendResponseHeaders(ready ? 200 : 503, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            ProcessHandle.of(parent).ifPresent(p -> p.onExit().thenRun(() -> System.exit(0)));
        }
    }
}
