package io.interviews.testsupport;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

class TopicProbeTest {

    static {
        QuietLogs.apply();
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Test
    void awaitConsumedReturnsOnceTheGroupHasCommittedPastTheRecordAndFailsWhileItHasNot() {
        String topic = "consumed-" + Long.toHexString(System.nanoTime());
        String group = topic + "-service";
        RealInfrastructure.kafkaBroker().createTopics(List.of(topic), 1);
        TopicProbe probe = TopicProbe.shared();
        RecordMetadata first = probe.send(topic, "k", "first");
        RecordMetadata second = probe.send(topic, "k", "second");

        try (KafkaConsumer<String, String> service = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1), new StringDeserializer(), new StringDeserializer())) {
            service.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (service.poll(Duration.ofMillis(100)).isEmpty()) {
                assertTrue(System.nanoTime() - deadline < 0, "the stand-in service read nothing");
            }
            service.commitSync(); // past the first record only (one record a poll)
        }

        probe.awaitConsumed(group, first, TIMEOUT);
        AssertionError notYet = assertThrows(AssertionError.class,
                () -> probe.awaitConsumed(group, second, Duration.ofSeconds(3)));
        assertTrue(notYet.getMessage().contains("did not commit past " + topic + "-0@" + second.offset()),
                notYet.getMessage());
    }

    @Test
    void theSharedProbeIsOneForTheJvm() {
        assertSame(TopicProbe.shared(), TopicProbe.shared());
    }
}
