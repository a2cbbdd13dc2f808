package io.interviews.stage.code;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CodeRunnerTest {

    static final Path WORK = Path.of("target", "code-runs").toAbsolutePath();
    private static final Duration WALL_TIME = Duration.ofSeconds(20);
    private static CodeRunner runner;

    @BeforeAll
    static void startRunner() {
        runner = CodeRunner.start(settings(WALL_TIME));
    }

    /** The defaults of the configuration, with a 2 KB output limit, running in {@code target/code-runs}. */
    static CodeRunnerSettings settings(Duration wallTime) {
        return settings(wallTime, WORK, false);
    }

    static CodeRunnerSettings settings(Duration wallTime, Path workDirectory, boolean unsafeRunWithoutSandbox) {
        return new CodeRunnerSettings(wallTime, 256, 2048, 2, workDirectory, "python3", 64, 64, 16, 65534,
                unsafeRunWithoutSandbox);
    }

    private static void assumePython() {
        assumeTrue(runner.run(SnippetLanguage.PYTHON, "print('ok')").status() == CodeRun.Status.EXITED,
                "python3 is installed");
    }

    @Test
    void seedsIndentedPythonBlockRunsAfterDedent() {
        assumePython();
        List<CodeRun> runs = runner.runAll(CodeBlocksTest.SEED_ANSWER);

        assertEquals(1, runs.size());
        CodeRun run = runs.get(0);
        assertEquals(CodeRun.Status.EXITED, run.status(), run.summary());
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("[0.9, 0.85, 0.8]", run.stdout().strip());
    }

    @Test
    void withoutDedentTheSameBlockFailsWithAnIndentationError() {
        assumePython();
        String raw = CodeBlocksTest.SEED_ANSWER.lines().filter(line -> line.startsWith("    ") && !line.contains("```"))
                .reduce((a, b) -> a + "\n" + b).orElseThrow();

        CodeRun run = runner.run(SnippetLanguage.PYTHON, raw);

        assertNotEquals(0, run.exitCode());
        assertTrue(run.stderr().contains("IndentationError"), run.stderr());
    }

    @Test
    void infiniteLoopIsKilledAtTheWallTimeLimit() {
        assumePython();
        CodeRunner quick = CodeRunner.start(settings(Duration.ofSeconds(2)));

        CodeRun run = quick.run(SnippetLanguage.PYTHON, "while True:\n    pass");

        assertEquals(CodeRun.Status.TIMED_OUT, run.status());
        assertTrue(run.durationMillis() >= 2000 && run.durationMillis() < 10_000, run.summary());
    }

    @Test
    void memoryBeyondTheLimitFails() {
        assumePython();
        CodeRun run = runner.run(SnippetLanguage.PYTHON, "data = bytearray(1024 * 1024 * 1024)\nprint(len(data))");

        assertNotEquals(0, run.exitCode());
        assertTrue(run.stderr().contains("MemoryError"), run.stderr());
    }

    @Test
    void outputIsCutAtTheLimitAndAFloodIsStopped() {
        assumePython();
        CodeRun run = runner.run(SnippetLanguage.PYTHON, "while True:\n    print('x' * 1000)");

        assertEquals(CodeRun.Status.EXITED, run.status(), "stopped by the file-size limit, long before the wall time");
        assertEquals(2048, run.stdout().length());
        assertTrue(run.note().contains("output cut"), run.summary());
    }

    @Test
    void snippetsHaveNoNetwork() throws IOException {
        assumePython();
        assumeTrue(runner.sandboxed(), "user namespaces work on this machine");
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CodeRun run = runner.run(SnippetLanguage.PYTHON, """
                    import socket
                    try:
                        socket.create_connection(("127.0.0.1", %d), timeout=2)
                        print("connected")
                    except OSError as e:
                        print("blocked", e.errno)
                    """.formatted(server.getLocalPort()));

            assertTrue(run.stdout().startsWith("blocked"), run.summary());
        }
    }

    @Test
    void eachRunGetsAFreshDirectoryThatIsDeletedAfterwards() throws IOException {
        assumePython();
        CodeRun run = runner.run(SnippetLanguage.PYTHON, "import os\nopen('left-behind.txt', 'w').write('x')\nprint(os.getcwd())");

        Path used = Path.of(run.stdout().strip());
        assertTrue(used.startsWith(WORK), used.toString());
        assertTrue(Files.notExists(used));
        try (Stream<Path> left = Files.list(WORK)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void javaStatementsRunAndJavaTypesAreCompiled() {
        CodeRun statements = runner.run(SnippetLanguage.JAVA, "import java.util.*;\nList<Integer> xs = List.of(3, 1, 2);\n"
                + "System.out.println(xs.stream().sorted().toList());");
        CodeRun types = runner.run(SnippetLanguage.JAVA, "class Broken { int f() { return \"no\"; } }");

        assertEquals(0, statements.exitCode(), statements.summary());
        assertEquals("[1, 2, 3]", statements.stdout().strip());
        assertNotEquals(0, types.exitCode());
        assertTrue(types.stderr().contains("incompatible types"), types.stderr());
    }

    @Test
    void onlyTheConfiguredNumberOfSnippetsRun() {
        String answer = "```python\nprint(1)\n```\n```python\nprint(2)\n```\n```python\nprint(3)\n```";

        List<CodeRun> runs = runner.runAll(answer);

        assertEquals(3, runs.size());
        assertEquals(CodeRun.Status.NOT_RUN, runs.get(2).status());
    }
}
