package io.interviews.bench;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return BenchCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void helpListsTheLoadAndTheRunningSystemOptions() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("--candidates") && out.toString().contains("--gateway-url"), out::toString);
    }

    @Test
    void noCandidatesIsAUsageErrorBeforeAnythingStarts() {
        assertEquals(2, run("--candidates", "0", "--project-root", "/nonexistent"));
        assertTrue(err.toString().contains("--candidates and --interviews must be at least 1"), err::toString);
    }

    @Test
    void restartsAreMeasuredOnlyOnTheLocalStack() {
        assertEquals(2, run("--restarts", "1", "--gateway-url", "http://127.0.0.1:1", "--recruiter-key", "k"));
        assertTrue(err.toString().contains("--restarts must be at least 0, and works only on the local stack"),
                err::toString);
    }

    @Test
    void aRunningGatewayWithoutItsRecruiterKeyIsAUsageError() {
        assertEquals(2, run("--gateway-url", "http://127.0.0.1:1"));
        assertTrue(err.toString().contains("--gateway-url needs --recruiter-key"), err::toString);
    }

    @Test
    void theSimulatedModelServesOnlyTheLocalStack() {
        assertEquals(2, run("--brain", "openai", "--gateway-url", "http://127.0.0.1:1", "--recruiter-key", "k"));
        assertTrue(err.toString().contains("--brain openai works only on the local stack"), err::toString);
    }

    @Test
    void anUnknownBrainIsAUsageError() {
        assertEquals(2, run("--brain", "oracle", "--project-root", "/nonexistent"));
        assertTrue(err.toString().contains("RUBRIC, OPENAI"), err::toString);
    }
}
