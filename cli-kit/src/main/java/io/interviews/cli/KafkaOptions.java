package io.interviews.cli;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * The Kafka cluster a command reads or writes, as a picocli {@code @Mixin}: where it is, how to connect to it (client
 * properties as Kafka's own tools take them) and how long to wait for it.
 */
public final class KafkaOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", required = true,
            description = "the Kafka cluster (`up` prints the local stack's)")
    String bootstrapServers;

    @Option(names = "--command-config", paramLabel = "FILE",
            description = "Kafka client properties for the cluster, as Kafka's own tools take them (e.g. "
                    + "security.protocol, ssl.truststore.location, sasl.mechanism, sasl.jaas.config)")
    Path commandConfig;

    @Option(names = "--timeout-seconds", paramLabel = "SECONDS", defaultValue = "30",
            description = "how long to wait for the cluster, for reading a topic to its end and for publishing "
                    + "(default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** The client configuration: the command-config file's properties, with {@code --bootstrap-servers} over them. */
    public Properties clientConfig() {
        Properties config = new Properties();
        if (commandConfig != null) {
            try (Reader reader = Files.newBufferedReader(commandConfig, StandardCharsets.UTF_8)) {
                config.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read --command-config " + commandConfig, e);
            }
        }
        config.put("bootstrap.servers", bootstrapServers);
        return config;
    }
}
