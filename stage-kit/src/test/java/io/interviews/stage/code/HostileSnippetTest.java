package io.interviews.stage.code;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Snippets that attack the service, each of which succeeds when run in the service's own namespaces, and each of
 * which the sandbox contains. The secrets are fake; the attacks are real.
 */
class HostileSnippetTest {

    private static final Path HOSTILE = Path.of("target", "hostile").toAbsolutePath();
    private static final String DB_PASSWORD = "fake-db-password-" + nonce();
    private static CodeRunner runner;
    private static Process decoy;

    @BeforeAll
    static void startRunnerAndADecoyService() throws IOException {
        runner = CodeRunner.start(CodeRunnerTest.settings(Duration.ofSeconds(10)));
        assumeTrue(runner.sandboxed(), "user namespaces work on this machine");
        assumeTrue(runner.run(SnippetLanguage.PYTHON, "print('ok')").status() == CodeRun.Status.EXITED,
                "python3 is installed");
        // a process of the service's user holding the database password in its environment, as the service does
        ProcessBuilder service = new ProcessBuilder("sleep", "600");
        service.environment().put("INTERVIEW_DB_PASSWORD", DB_PASSWORD);
        decoy = service.start();
        Files.createDirectories(HOSTILE);
    }

    @AfterAll
    static void stopDecoy() {
        if (decoy != null) {
            decoy.destroyForcibly();
        }
    }

    @Test
    void otherProcessesEnvironmentsAreOutOfReach() {
        CodeRun run = python("""
                import os
                own = sorted(int(p) for p in os.listdir('/proc') if p.isdigit())
                print('pids', own)
                print('env', sorted(os.environ))
                for pid in [%d, %d, 1] + own:
                    try:
                        text = open('/proc/%%d/environ' %% pid, 'rb').read().decode(errors='replace')
                    except OSError as e:
                        print('unreadable', pid, e.errno)
                        continue
                    print('READ', pid, [v for v in text.split('\\0') if 'PASSWORD' in v or 'JAVA' in v])
                """.formatted(decoy.pid(), ProcessHandle.current().pid()));

        assertEquals(0, run.exitCode(), run.summary());
        assertFalse(run.stdout().contains(DB_PASSWORD), run.stdout());
        assertTrue(run.stdout().contains("pids [1]\n"), "the snippet sees only itself: " + run.stdout());
        assertTrue(run.stdout().contains("env ['HOME', 'LANG', 'PATH', 'TMPDIR']"), run.stdout());
        assertTrue(run.stdout().contains("unreadable " + decoy.pid()), run.stdout());
        assertTrue(run.stdout().contains("unreadable " + ProcessHandle.current().pid()), run.stdout());
        assertTrue(run.stdout().contains("READ 1 []"), "PID 1 is the snippet itself, with nothing secret: " + run.stdout());
    }

    @Test
    void theServicesFilesAndConfigurationAreNotThere() throws IOException {
        Path config = Files.writeString(HOSTILE.resolve("application.properties"),
                "quarkus.datasource.password=" + DB_PASSWORD + "\n");
        Path shippedDefaults = Path.of("src/main/resources/META-INF/microprofile-config.properties").toAbsolutePath();
        assertTrue(Files.isReadable(shippedDefaults));

        CodeRun run = python("""
                import os
                for path in [%s, %s, %s]:
                    try:
                        print('READ', path, open(path).read())
                    except OSError as e:
                        print('missing' if not os.path.exists(path) else 'refused', path)
                """.formatted(quoted(config), quoted(shippedDefaults), quoted(Path.of("").toAbsolutePath().resolve("pom.xml"))));

        assertEquals(0, run.exitCode(), run.summary());
        assertFalse(run.stdout().contains(DB_PASSWORD), run.stdout());
        assertFalse(run.stdout().contains("READ"), run.stdout());
        assertEquals(3, run.stdout().lines().filter(line -> line.startsWith("missing ")).count(), run.stdout());
    }

    @Test
    void theBrokerAndTheDatabaseCannotBeReached() throws IOException {
        try (ServerSocketChannel broker = ServerSocketChannel.open()) {
            broker.bind(new InetSocketAddress(0)).configureBlocking(false);
            int port = broker.socket().getLocalPort();
            List<String> hosts = new ArrayList<>(List.of("127.0.0.1"));
            hostAddress().ifPresent(hosts::add);

            CodeRun run = python("""
                    import socket
                    for host in %s:
                        try:
                            socket.create_connection((host, %d), timeout=2)
                            print('connected', host)
                        except OSError as e:
                            print('blocked', host, e.errno)
                    """.formatted(hosts.stream().map(host -> "'" + host + "'").toList(), port));

            assertEquals(0, run.exitCode(), run.summary());
            assertEquals(hosts.size(), run.stdout().lines().filter(line -> line.startsWith("blocked ")).count(),
                    run.stdout());
            assertNull(broker.accept(), "no connection reached the listening socket");
        }
    }

    @Test
    void aForkBombStaysWithinItsProcessLimitAndDiesAtTheDeadline() {
        CodeRunner quick = CodeRunner.start(CodeRunnerTest.settings(Duration.ofSeconds(2)));
        String marker = nonce();
        // re-executed with the marker as an argument, so every bomb process is recognisable from the host
        CompletableFuture<CodeRun> bomb = CompletableFuture.supplyAsync(() -> quick.run(SnippetLanguage.PYTHON, """
                import os, sys
                bomb = 'import os\\nwhile True:\\n    try:\\n        os.fork()\\n    except OSError:\\n        pass'
                os.execv(sys.executable, [sys.executable, '-c', bomb, '%s'])
                """.formatted(marker)));
        int most = 0;
        while (!bomb.isDone()) {
            most = Math.max(most, hostProcessesWith(marker).size());
        }

        CodeRun run = bomb.join();
        assertEquals(CodeRun.Status.TIMED_OUT, run.status(), run.summary());
        assertTrue(run.durationMillis() < 6_000, run.summary());
        assertTrue(most > 1 && most <= 64, "at most max-processes bomb processes at once on the host, saw " + most);
        assertEquals(List.of(), awaitNoProcessWith(marker), "no process of the bomb is left");
    }

    @Test
    void fourGigabytesAreRefused() {
        CodeRun python = python("data = bytearray(4 * 1024 ** 3)\nprint('allocated', len(data))");
        CodeRun java = runner.run(SnippetLanguage.JAVA, "long[] data = new long[512 * 1024 * 1024];\n"
                + "System.out.println(\"allocated \" + data.length);");

        assertNotEquals(0, python.exitCode(), python.summary());
        assertTrue(python.stderr().contains("MemoryError"), python.stderr());
        assertNotEquals(0, java.exitCode(), java.summary());
        assertTrue(java.stderr().contains("OutOfMemoryError"), java.stderr());
        assertFalse(python.stdout().contains("allocated") || java.stdout().contains("allocated"));
    }

    @Test
    void hundredMegabytesOfOutputAreCutAndTheRunIsKilled() {
        CodeRun run = python("""
                import sys
                chunk = 'x' * (1024 * 1024)
                for _ in range(100):
                    sys.stdout.write(chunk)
                sys.stdout.flush()
                print('finished', file=sys.stderr)
                """);

        assertEquals(2048, run.stdout().length());
        assertFalse(run.stderr().contains("finished"), "killed before it wrote everything: " + run.summary());
        assertTrue(run.note().contains("killed after"), run.summary());
        assertTrue(run.durationMillis() < 5_000, run.summary());
    }

    @Test
    void aChildLeftSleepingDoesNotSurviveTheRun() {
        String marker = "300." + nonce();
        CodeRun run = python("""
                import subprocess
                child = subprocess.Popen(['sleep', '%s'], start_new_session=True,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                print('left', child.pid)
                """.formatted(marker));

        assertEquals(0, run.exitCode(), run.summary());
        assertTrue(run.stdout().startsWith("left "), run.summary());
        assertEquals(List.of(), awaitNoProcessWith(marker), "the sleeping child died with the run");
    }

    @Test
    void writesToSharedDirectoriesDoNotLandOnTheHost() throws IOException {
        Path cache = Files.createDirectories(HOSTILE.resolve("shared-cache"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        String name = "planted-" + nonce() + ".py";
        List<Path> targets = List.of(cache.resolve(name), Path.of("/tmp", name), CodeRunnerTest.WORK.resolve(name));
        try {
            CodeRun run = python("""
                    import os
                    for path in %s + [os.path.join(os.getcwd(), '%s')]:
                        try:
                            with open(path, 'w') as f:
                                f.write('import os; os.system("id")')
                            print('wrote', path)
                        except OSError as e:
                            print('refused', path, e.errno)
                    """.formatted(targets.stream().map(HostileSnippetTest::quoted).toList(), name));

            assertEquals(0, run.exitCode(), run.summary());
            assertTrue(run.stdout().contains("wrote " + CodeRunnerTest.WORK), "its own directory is writable: "
                    + run.stdout());
            for (Path target : targets) {
                assertFalse(Files.exists(target), target + " reached the host: " + run.stdout());
            }
        } finally {
            for (Path target : targets) {
                Files.deleteIfExists(target);
            }
        }
    }

    @Test
    void withoutASandboxNoSnippetRunsUnlessTheUnsafeOptOutIsSet() throws IOException {
        assumeTrue((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0,
                "as root the sandbox drops to another user, who cannot enter a directory only root may");
        Path locked = Files.createDirectories(HOSTILE.resolve("root-only"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        CodeRunner refusing = CodeRunner.start(CodeRunnerTest.settings(Duration.ofSeconds(10), locked.resolve("runs"), false));
        CodeRun refused = refusing.run(SnippetLanguage.PYTHON, "print('ran')");
        CodeRunner unsandboxed = CodeRunner.start(CodeRunnerTest.settings(Duration.ofSeconds(10), locked.resolve("runs"), true));
        CodeRun ran = unsandboxed.run(SnippetLanguage.PYTHON, "print('ran')");

        assertFalse(refusing.sandboxed());
        assertEquals(CodeRun.Status.NOT_RUN, refused.status());
        assertTrue(refused.summary().contains("no sandbox"), refused.summary());
        assertFalse(unsandboxed.sandboxed());
        assertEquals("ran", ran.stdout().strip(), ran.summary());
    }

    private static CodeRun python(String code) {
        return runner.run(SnippetLanguage.PYTHON, code);
    }

    private static String quoted(Path path) {
        return "'" + path + "'";
    }

    private static String nonce() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    /** This machine's first non-loopback IPv4 address, where the broker or database of a pod would listen too. */
    private static Optional<String> hostAddress() throws SocketException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .map(InetAddress::getHostAddress).findFirst();
    }

    /** The host's processes whose command line carries the marker. */
    private static List<String> hostProcessesWith(String marker) {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(entry -> entry.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(entry -> commandLine(entry).contains(marker))
                    .map(entry -> entry.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String commandLine(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return ""; // gone meanwhile
        }
    }

    /** Polls the host's processes until none carries the marker, for at most five seconds. */
    private static List<String> awaitNoProcessWith(String marker) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<String> left = hostProcessesWith(marker);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            left = hostProcessesWith(marker);
        }
        return left;
    }
}
