package io.interviews.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads and writes Kafka topics from tests, with String keys and values.
 *
 * <p>Reads use a fresh group-less consumer that starts at the beginning of every partition, so they
 * see everything on the topic and never disturb the consumer groups of the code under test. Reads
 * never create topics. Sends are synchronous, with {@code acks=all} and idempotence.
 */
public final class TopicProbe implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private static TopicProbe shared;

    private final String bootstrapServers;
    private KafkaProducer<String, String> producer;

    public TopicProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** A probe for the shared broker of {@link RealInfrastructure}. */
    public static TopicProbe forRealInfrastructure() {
        return new TopicProbe(RealInfrastructure.kafkaBootstrapServers());
    }

    /**
     * One probe on {@link RealInfrastructure}'s broker for every test class that asks, open as long as the
     * broker (the JVM's life): a test class needs no set-up or tear-down for it, and must not close it.
     */
    public static synchronized TopicProbe shared() {
        String bootstrapServers = RealInfrastructure.kafkaBootstrapServers();
        if (shared == null || !shared.bootstrapServers.equals(bootstrapServers)) {
            if (shared != null) {
                shared.close(); // the broker it knew died and was started again
            }
            shared = new TopicProbe(bootstrapServers);
        }
        return shared;
    }

    // ---------------------------------------------------------------------------------- producing

    public RecordMetadata send(String topic, String key, String value) {
        return send(topic, key, value, Map.of());
    }

    /** Sends one record and waits for the broker's acknowledgement (acks=all). */
    public RecordMetadata send(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, v) -> record.headers().add(name, v == null ? null : v.getBytes(StandardCharsets.UTF_8)));
        try {
            return producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
            p.put(ProducerConfig.CLIENT_ID_CONFIG, "topic-probe-producer");
            producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    // ---------------------------------------------------------------------------------- consuming

    /**
     * All records on the topic when the call starts (up to the end offsets seen then), in
     * partition-then-offset order. Returns an empty list for a topic that does not exist.
     *
     * @throws AssertionError if they cannot be read within {@code timeout}
     */
    public List<ConsumerRecord<String, String>> readAll(String topic, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, remaining(deadline));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (!reached(consumer, end)) {
                if (System.nanoTime() - deadline > 0) {
                    throw new AssertionError("Could not read " + topic + " up to " + end + " within " + timeout
                            + "; read " + records.size() + " records");
                }
                for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        records.add(r);
                    }
                }
            }
            records.sort((a, b) -> a.partition() != b.partition()
                    ? Integer.compare(a.partition(), b.partition()) : Long.compare(a.offset(), b.offset()));
            return records;
        }
    }

    /** Records keyed {@code key}: every topic is keyed by interview id, so with an interview's id, its records. */
    public static Predicate<ConsumerRecord<String, String>> keyed(Object key) {
        String wanted = key.toString();
        return record -> wanted.equals(record.key());
    }

    /**
     * Reads the topic from the beginning, waiting for new records, until one matches.
     *
     * @throws AssertionError listing what was seen if none matches before the deadline
     */
    public ConsumerRecord<String, String> awaitRecord(String topic, Predicate<ConsumerRecord<String, String>> match,
                                                      Duration timeout) {
        List<ConsumerRecord<String, String>> seen = awaitRecords(topic,
                records -> !records.isEmpty() && match.test(records.get(records.size() - 1)), timeout);
        return seen.get(seen.size() - 1);
    }

    /**
     * Reads the topic from the beginning, waiting for new records, until {@code done} accepts the
     * records read so far (in arrival order); returns them. Also waits for the topic to appear.
     *
     * @throws AssertionError listing what was seen if {@code done} is not satisfied before the deadline
     */
    public List<ConsumerRecord<String, String>> awaitRecords(String topic,
                                                             Predicate<List<ConsumerRecord<String, String>>> done,
                                                             Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> assigned = List.of();
            while (System.nanoTime() - deadline < 0) {
                if (assigned.isEmpty()) {
                    assigned = partitions(consumer, topic);
                    if (assigned.isEmpty()) {
                        sleep(POLL); // the topic does not exist yet
                        continue;
                    }
                    consumer.assign(assigned);
                    consumer.seekToBeginning(assigned);
                }
                for (ConsumerRecord<String, String> r : consumer.poll(POLL)) {
                    seen.add(r);
                    if (done.test(seen)) {
                        return List.copyOf(seen);
                    }
                }
            }
        }
        throw new AssertionError("Condition not met on topic " + topic + " within " + timeout + "; saw "
                + seen.size() + " records:" + System.lineSeparator() + describe(seen));
    }

    // ---------------------------------------------------------------------------- consumer groups

    /**
     * Waits until consumer group {@code groupId} has committed an offset past {@code sent}: the service
     * has handled that record and every earlier one of its partition. The way to wait for an event
     * whose handling leaves nothing on a topic to await (a repeat, a late event that must change nothing).
     *
     * @throws AssertionError with the last committed offset if the group does not get there in time
     */
    public void awaitConsumed(String groupId, RecordMetadata sent, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            OffsetAndMetadata committed = null;
            while (true) {
                committed = committedOffset(admin, groupId, partition, deadline).orElse(committed);
                if (committed != null && committed.offset() > sent.offset()) {
                    return;
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new AssertionError("Consumer group " + groupId + " did not commit past " + partition + "@"
                            + sent.offset() + " within " + timeout + "; last committed: " + committed);
                }
                sleep(POLL); // before asking the group coordinator again
            }
        }
    }

    /** The group's committed offset on the partition; empty if it has none yet or the answer came too late. */
    private static Optional<OffsetAndMetadata> committedOffset(Admin admin, String groupId, TopicPartition partition,
                                                               long deadline) {
        try {
            return Optional.ofNullable(admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata()
                    .get(remaining(deadline).toNanos(), TimeUnit.NANOSECONDS).get(partition));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the offsets of " + groupId, e);
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read the offsets of consumer group " + groupId, e);
        }
    }

    /** A readable one-line-per-record listing for assertion messages. */
    public static String describe(List<ConsumerRecord<String, String>> records) {
        return records.stream()
                .map(r -> "  " + r.topic() + "-" + r.partition() + "@" + r.offset() + " key=" + r.key()
                        + " headers=" + headers(r) + " value=" + r.value())
                .collect(Collectors.joining(System.lineSeparator()));
    }

    /** The record's headers as a map (last value wins for repeated names). */
    public static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    // ---------------------------------------------------------------------------------------------

    private KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "topic-probe-consumer");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        List<PartitionInfo> infos = consumer.listTopics(Duration.ofSeconds(10)).get(topic);
        if (infos == null) {
            return List.of();
        }
        return infos.stream().map(i -> new TopicPartition(topic, i.partition()))
                .sorted((a, b) -> Integer.compare(a.partition(), b.partition())).toList();
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1_000_000));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
