package io.interviews.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaOptionsTest {

    @Command(name = "reader")
    static final class Reader implements Runnable {
        @Mixin
        KafkaOptions kafka;

        @Override
        public void run() {
        }
    }

    @Test
    void theClusterIsRequired() {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new Reader()).setErr(new PrintWriter(err)).execute();
        assertEquals(2, exit);
        assertTrue(err.toString().contains("Missing required option: '--bootstrap-servers=HOST:PORT'"), err.toString());
    }

    @Test
    void theCommandConfigFileGivesTheClientPropertiesAndTheBootstrapServersOptionWins(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("client.properties"),
                "security.protocol=SASL_SSL\nbootstrap.servers=elsewhere:9093\n");
        Reader command = parse("--bootstrap-servers", "broker:9092", "--command-config", file.toString(),
                "--timeout-seconds", "5");

        Properties config = command.kafka.clientConfig();
        assertEquals("SASL_SSL", config.getProperty("security.protocol"));
        assertEquals("broker:9092", config.getProperty("bootstrap.servers"));
        assertEquals(Duration.ofSeconds(5), command.kafka.timeout());
    }

    @Test
    void withoutACommandConfigOnlyTheClusterIsSetAndTheWaitIsHalfAMinute() {
        Reader command = parse("--bootstrap-servers", "broker:9092");

        Properties expected = new Properties();
        expected.put("bootstrap.servers", "broker:9092");
        assertEquals(expected, command.kafka.clientConfig());
        assertEquals(Duration.ofSeconds(30), command.kafka.timeout());
    }

    @Test
    void anUnreadableCommandConfigIsNamedInTheError(@TempDir Path dir) {
        Path missing = dir.resolve("missing.properties");
        Reader command = parse("--bootstrap-servers", "broker:9092", "--command-config", missing.toString());

        UncheckedIOException failure = assertThrows(UncheckedIOException.class, command.kafka::clientConfig);
        assertEquals("cannot read --command-config " + missing, failure.getMessage());
    }

    private static Reader parse(String... args) {
        Reader command = new Reader();
        new CommandLine(command).parseArgs(args);
        return command;
    }
}
