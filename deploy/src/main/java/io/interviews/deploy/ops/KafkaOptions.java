package io.interviews.deploy.ops;

import picocli.CommandLine.Option;

import java.time.Duration;

/** Where the operations commands read the topics, and how long they wait for them. */
final class KafkaOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", required = true,
            description = "the Kafka cluster (`up` prints the local stack's)")
    String bootstrapServers;

    @Option(names = "--timeout-seconds", paramLabel = "SECONDS", defaultValue = "30",
            description = "how long to wait for the cluster and for reading a topic to its end (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }
}
