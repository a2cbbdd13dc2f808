package io.interviews.deploy.ops;

import io.interviews.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The dead-letter topic for operators: list what no consumer could process, with the reason, and put one
 * record back on the topic it came from once the cause is fixed. Consumers are idempotent, so a republished
 * event that was in fact handled changes nothing.
 */
public final class DeadLetters {

    /** SmallRye's dead-letter headers. */
    static final String REASON = "dead-letter-reason";
    static final String ORIGINAL_TOPIC = "dead-letter-topic";
    private static final List<String> DEAD_LETTER_HEADERS = List.of(REASON, "dead-letter-cause", ORIGINAL_TOPIC,
            "dead-letter-partition", "dead-letter-offset", "dead-letter-exception-class-name",
            "dead-letter-cause-class-name");

    /** One dead letter: where it sits, where it came from and why. */
    public record DeadLetter(int partition, long offset, Instant time, String originalTopic, String key,
                             String reason, String value) {

        public String id() {
            return partition + ":" + offset;
        }

        public String format() {
            return String.format("%-8s %s  from %s  key %s%n         reason: %s%n         value:  %s", id(), time,
                    originalTopic, key, reason, value.length() > 160 ? value.substring(0, 159) + "…" : value);
        }
    }

    private DeadLetters() {
    }

    public static List<DeadLetter> list(Properties clientConfig, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = TopicTimeline.consumer(clientConfig)) {
            return TopicTimeline.readTopic(consumer, Topics.DEAD_LETTERS, timeout).stream()
                    .map(DeadLetters::deadLetter)
                    .toList();
        }
    }

    /**
     * Republishes the dead letter {@code id} ({@code partition:offset}) to its original topic with its key and
     * its original headers (the dead-letter headers dropped). Returns the record it republished.
     */
    public static DeadLetter republish(Properties clientConfig, String id, Duration timeout) {
        ConsumerRecord<String, String> record;
        try (KafkaConsumer<String, String> consumer = TopicTimeline.consumer(clientConfig)) {
            record = TopicTimeline.readTopic(consumer, Topics.DEAD_LETTERS, timeout).stream()
                    .filter(candidate -> id.equals(candidate.partition() + ":" + candidate.offset()))
                    .findFirst()
                    .orElseThrow(() -> new NoSuchElementException("no dead letter " + id + " on " + Topics.DEAD_LETTERS));
        }
        DeadLetter deadLetter = deadLetter(record);
        if (deadLetter.originalTopic() == null) {
            throw new IllegalStateException("dead letter " + id + " does not name its original topic");
        }
        ProducerRecord<String, String> copy = new ProducerRecord<>(deadLetter.originalTopic(), record.key(), record.value());
        for (Header header : record.headers()) {
            if (!DEAD_LETTER_HEADERS.contains(header.key())) {
                copy.headers().add(header);
            }
        }
        Properties config = new Properties();
        config.putAll(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(copy).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not republish " + id + " to " + deadLetter.originalTopic(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return deadLetter;
    }

    private static DeadLetter deadLetter(ConsumerRecord<String, String> record) {
        return new DeadLetter(record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
                TopicTimeline.header(record, ORIGINAL_TOPIC), record.key(), TopicTimeline.header(record, REASON),
                record.value() == null ? "" : record.value());
    }
}
