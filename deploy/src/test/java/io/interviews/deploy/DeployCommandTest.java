package io.interviews.deploy;

import io.interviews.events.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deploy command line without the stack: help, usage errors (exit 2), failures (exit 1) and typed options.
 * Every case here fails while parsing or before anything starts.
 */
class DeployCommandTest {

    private record Outcome(int exitCode, String out, String err) {
    }

    private static Outcome execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = DeployCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Outcome(exitCode, out.toString(), err.toString());
    }

    /** Runs the command line, which must end in a usage error (exit 2) that says {@code reason}. */
    private static Outcome usageError(String reason, String... args) {
        Outcome outcome = execute(args);
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains(reason), outcome.err());
        return outcome;
    }

    private static <T> T parsed(Class<T> type, String... args) {
        CommandLine.ParseResult result = DeployCommand.commandLine().parseArgs(args);
        return type.cast(result.subcommand().commandSpec().userObject());
    }

    @Test
    void helpListsEveryCommandAndExitsZero() {
        Outcome help = execute("--help");

        assertEquals(0, help.exitCode());
        assertTrue(help.out().startsWith("Usage: deploy "), help.out());
        for (String command : new String[] {"demo", "up", "timeline", "funnel", "dead-letters", "republish"}) {
            assertTrue(help.out().contains("  " + command + " "), command + " missing from\n" + help.out());
        }
        assertEquals("", help.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "up", "timeline", "funnel", "dead-letters", "republish"})
    void everyCommandHasHelpAndExitsZero(String command) {
        Outcome help = execute(command, "--help");

        assertEquals(0, help.exitCode());
        assertTrue(help.out().startsWith("Usage: deploy " + command + " "), help.out());
        assertTrue(help.out().contains("-h, --help"), help.out());
    }

    @Test
    void demoHelpDescribesItsOptionsWithTheirDefaults() {
        String help = execute("help", "demo").out().replaceAll("\\s+", " ");

        assertTrue(help.contains("--persona=PERSONA"), help);
        assertTrue(help.contains("strong, weak, llm-strong or llm-weak (default: strong)"), help);
        assertTrue(help.contains("(default: en)"), help);
        assertTrue(help.contains("INTERVIEW_DB_URL"), help);
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithTheReason() {
        Outcome unknown = usageError("Unknown options: '--personna', 'weak'", "demo", "--personna", "weak");

        assertTrue(unknown.err().contains("Possible solutions: --persona"), unknown.err());
        assertEquals("", unknown.out());
    }

    @Test
    void noCommandIsAUsageError() {
        usageError("Missing required subcommand");
    }

    @Test
    void anUnknownPersonaIsAUsageError() {
        usageError("'average' is not one of strong, weak, llm-strong, llm-weak", "demo", "--persona", "average");
    }

    @Test
    void anAnswerBookThatCannotBeUsedIsAUsageErrorBeforeTheStackStarts() {
        Outcome missing = usageError("--answers: cannot read answer book", "demo", "--answers",
                "/nonexistent/" + UUID.randomUUID() + ".json");

        assertEquals("", missing.out());
    }

    @Test
    void demoTakesAnAnswerBookOfYourOwn() {
        DemoCommand demo = parsed(DemoCommand.class, "demo", "--answers", "my-candidate.json");

        assertEquals(Path.of("my-candidate.json"), demo.answers);
    }

    @Test
    void aModelPersonaWithoutItsModelIsAUsageErrorBeforeTheStackStarts() {
        Outcome withoutModel = usageError("--persona llm-strong needs --llm-base-url and --llm-model",
                "demo", "--persona", "llm-strong", "--llm-base-url", "http://127.0.0.1:1/v1");

        assertEquals("", withoutModel.out());
    }

    @Test
    void demoDefaultsToTheStrongEnglishCandidate() {
        DemoCommand demo = parsed(DemoCommand.class, "demo");

        assertEquals(DemoCommand.Persona.STRONG, demo.persona);
        assertEquals(Language.EN, demo.language);
        assertEquals(0.7, demo.llmTemperature);
        assertEquals(Path.of("."), demo.localStack.projectRoot);
    }

    @Test
    void demoOptionsAreParsedIntoTheirTypes() {
        DemoCommand demo = parsed(DemoCommand.class, "demo", "--persona", "llm-weak", "--language", "zh",
                "--llm-base-url", "http://localhost:11434/v1", "--llm-model", "qwen2.5", "--llm-temperature", "0.2",
                "--project-root", "/srv/interviews");

        assertEquals(DemoCommand.Persona.LLM_WEAK, demo.persona);
        assertTrue(demo.persona.playedByModel());
        assertEquals("weak", demo.persona.character());
        assertEquals(Language.ZH, demo.language);
        assertEquals("http://localhost:11434/v1", demo.llmBaseUrl);
        assertEquals("qwen2.5", demo.llmModel);
        assertEquals(0.2, demo.llmTemperature);
        assertEquals(Path.of("/srv/interviews"), demo.localStack.projectRoot);
    }

    @Test
    void aValueOfTheWrongTypeIsAUsageError() {
        usageError("Invalid value for option '--llm-temperature': 'warm' is not a double",
                "demo", "--llm-temperature", "warm");
        usageError("Invalid value for option '--interview'",
                "timeline", "--bootstrap-servers", "127.0.0.1:9092", "--interview", "ada");
    }

    @Test
    void theTimelineTakesAnInterviewIdAndATimeout() {
        UUID interview = UUID.randomUUID();
        CommandLine.ParseResult timeline = DeployCommand.commandLine().parseArgs("timeline", "--bootstrap-servers",
                "kafka:9092", "--interview", interview.toString(), "--timeout-seconds", "5").subcommand();

        assertEquals(interview, timeline.matchedOptionValue("--interview", null));
        assertEquals(5, timeline.<Integer>matchedOptionValue("--timeout-seconds", null));
        assertEquals("kafka:9092", timeline.matchedOptionValue("--bootstrap-servers", null));
    }

    @Test
    void aSinceThatIsNeitherADurationNorAnInstantIsAUsageError() {
        usageError("'yesterday' is neither a duration such as 15m, 24h or 7d nor an instant",
                "timeline", "--bootstrap-servers", "kafka:9092", "--since", "yesterday");
    }

    @ParameterizedTest
    @ValueSource(strings = {"timeline", "funnel", "dead-letters", "republish --id 0:1"})
    void theOperationsCommandsNeedTheCluster(String commandLine) {
        usageError("Missing required option: '--bootstrap-servers=HOST:PORT'", commandLine.split(" "));
    }

    @Test
    void aDeadLetterIdIsPartitionColonOffset() {
        usageError("--id must be PARTITION:OFFSET, e.g. 0:42, not '42'",
                "republish", "--bootstrap-servers", "127.0.0.1:9092", "--id", "42");
    }

    @Test
    void anUnreachableClusterIsAFailureWithTheReason() throws IOException {
        Outcome unreachable = execute("dead-letters", "--bootstrap-servers", "127.0.0.1:" + closedPort(),
                "--timeout-seconds", "1");

        assertEquals(1, unreachable.exitCode());
        assertTrue(unreachable.err().startsWith("error: "), unreachable.err());
        assertTrue(unreachable.err().contains("Timeout"), unreachable.err());
        assertEquals("", unreachable.out());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
