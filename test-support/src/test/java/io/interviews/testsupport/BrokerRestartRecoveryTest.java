package io.interviews.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import io.interviews.deploy.infra.KafkaBroker;

/**
 * {@code kill -9} of the broker and a restart in place, as a crashed broker pod is restarted: the broker must not sit
 * out the session of its dead incarnation (Kafka's default 9 s, during which its controller refuses to register it
 * again), and a consumer configured as the local stack configures the services (static member, 10 s session, 2 s
 * heartbeats, no going back to the bootstrap address), polling through the crash, must keep its partitions and
 * receive the first record sent once the broker is back. With Kafka's default recovery (rebootstrap) the consumer
 * forgets the topics while its only broker is down, and its group rebalances when the broker is back.
 */
class BrokerRestartRecoveryTest {

    static {
        QuietLogs.apply();
    }

    private static final String TOPIC = "recovery";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** Kafka's default {@code broker.session.timeout.ms}: how long the restarted broker waited before. */
    private static final Duration DEFAULT_BROKER_SESSION = Duration.ofSeconds(9);
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");

    @Test
    void aRestartedBrokerServesWithoutWaitingOutItsOldSessionAndAStaticMemberKeepsItsPartitionsAndGetsTheNextRecord() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(RealInfrastructure.infraDir().resolve("recovery-kafka"));
             TopicProbe probe = new TopicProbe(broker.bootstrapServers());
             PollingMember member = new PollingMember(broker.bootstrapServers())) {
            broker.createTopics(List.of(TOPIC), 3);
            member.start();
            probe.send(TOPIC, "before", "before");
            member.awaitReceived("before");
            int assignmentsBefore = member.assignments();

            long killedAt = System.nanoTime();
            broker.kill();
            broker.restart();
            long readyAt = System.nanoTime();
            probe.send(TOPIC, "after", "after");
            long sentAt = System.nanoTime();
            long receivedAt = member.awaitReceived("after");

            Duration controllerToServing = Duration.between(lastLogTime(broker, "Becoming the active controller"),
                    lastLogTime(broker, "Kafka Server started"));
            System.out.printf(Locale.ROOT, "Broker restart: ready %.1f s after the kill (serving %.1f s after its "
                            + "controller was active); the first record after it acknowledged %.1f s and consumed "
                            + "%.1f s after ready%n", seconds(readyAt - killedAt), controllerToServing.toMillis() / 1e3,
                    seconds(sentAt - readyAt), seconds(receivedAt - readyAt));
            assertTrue(controllerToServing.compareTo(DEFAULT_BROKER_SESSION) < 0,
                    "the restarted broker waited " + controllerToServing + " for its controller to register it");
            assertEquals(List.of(), member.revoked(), "partitions taken from the member across the restart");
            assertEquals(assignmentsBefore, member.assignments(), "assignments across the restart");
        }
    }

    /** When the broker last logged {@code message} (its log4j pattern starts with {@code [yyyy-MM-dd HH:mm:ss,SSS]}). */
    private static LocalDateTime lastLogTime(KafkaBroker broker, String message) throws IOException {
        List<String> lines = Files.readAllLines(broker.logFile());
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.contains(message) && line.startsWith("[")) {
                return LocalDateTime.parse(line.substring(1, line.indexOf(']')), LOG_TIME);
            }
        }
        throw new AssertionError("no '" + message + "' in " + broker.logFile());
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** One consumer of a group, polling in its own thread, noting when each value first arrived. */
    private static final class PollingMember implements AutoCloseable {

        private final KafkaConsumer<String, String> consumer;
        private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<TopicPartition> revoked = new CopyOnWriteArrayList<>();
        private final AtomicInteger assignments = new AtomicInteger();
        private final Thread thread = new Thread(this::pollUntilClosed, "recovery-member");

        PollingMember(String bootstrapServers) {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ConsumerConfig.GROUP_ID_CONFIG, "recovery");
            p.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "recovery-member");
            p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000");
            p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "2000");
            p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            p.put(CommonClientConfigs.METADATA_RECOVERY_STRATEGY_CONFIG, KafkaBroker.CLIENT_METADATA_RECOVERY);
            consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        }

        void start() {
            consumer.subscribe(List.of(TOPIC), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    revoked.addAll(partitions);
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    assignments.incrementAndGet();
                }
            });
            thread.start();
        }

        /** The partitions taken from this member since it started (none at its first join). */
        List<TopicPartition> revoked() {
            return List.copyOf(revoked);
        }

        /** How many times the group gave this member its partitions. */
        int assignments() {
            return assignments.get();
        }

        private void pollUntilClosed() {
            try {
                while (running.get()) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                        receivedAt.putIfAbsent(record.value(), System.nanoTime());
                    }
                }
            } catch (WakeupException e) {
                // closing
            } finally {
                consumer.close(Duration.ofSeconds(1));
            }
        }

        long awaitReceived(String value) {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!receivedAt.containsKey(value)) {
                if (System.nanoTime() - deadline > 0) {
                    throw new AssertionError("'" + value + "' not consumed within " + TIMEOUT.toSeconds() + " s");
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            return receivedAt.get(value);
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            consumer.wakeup();
            thread.join(10_000);
        }
    }
}
