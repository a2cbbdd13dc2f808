package io.interviews.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    @Test
    void aRunningSystemsSecuredKafkaIsReachedWithItsClientProperties(@TempDir Path dir) throws IOException {
        Path clientProperties = Files.writeString(dir.resolve("client.properties"),
                "security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n");
        BenchCommand command = new BenchCommand();
        new CommandLine(command).parseArgs("--gateway-url", "http://127.0.0.1:1", "--recruiter-key", "k",
                "--bootstrap-servers", "kafka:9093", "--command-config", clientProperties.toString(),
                "--timeout-seconds", "90");

        Target.Kafka kafka = Target.Kafka.of(command.kafka);

        assertEquals("kafka:9093", kafka.client().getProperty("bootstrap.servers"));
        assertEquals("SASL_SSL", kafka.client().getProperty("security.protocol"));
        assertEquals("SCRAM-SHA-512", kafka.client().getProperty("sasl.mechanism"));
        assertEquals(Duration.ofSeconds(90), kafka.timeout());
    }

    @Test
    void withoutTheClustersAddressItsClientPropertiesAreAUsageError(@TempDir Path dir) throws IOException {
        Path clientProperties = Files.writeString(dir.resolve("client.properties"), "security.protocol=SSL\n");

        assertEquals(2, run("--gateway-url", "http://127.0.0.1:1", "--recruiter-key", "k",
                "--command-config", clientProperties.toString()));
        assertTrue(err.toString().contains("--bootstrap-servers"), err::toString);
    }

    @Test
    void withoutAnyKafkaOptionTheRunningSystemHasNoCluster() {
        BenchCommand command = new BenchCommand();
        new CommandLine(command).parseArgs("--gateway-url", "http://127.0.0.1:1", "--recruiter-key", "k");

        assertNull(command.kafka, "no floor and no topic audit");
    }
}
