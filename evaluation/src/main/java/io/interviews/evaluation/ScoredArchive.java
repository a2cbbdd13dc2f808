package io.interviews.evaluation;

import io.interviews.events.CloudEventHeaders;
import io.interviews.events.DataKey;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewRescored;
import io.interviews.events.InterviewScored;
import io.interviews.events.InvalidEventException;
import io.interviews.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The archived interviews as the topics hold them, read with a plain consumer that joins no group and commits nothing:
 * each {@link InterviewScored} carries the live total and band and every stage's result that produced them,
 * transcripts included. Re-scores go to their own topic, {@link Topics#RESCORED}, which no service reads.
 */
final class ScoredArchive {

    /** {@code ce_source} of the re-scores. */
    static final String SOURCE = "/evaluation/rescore";
    private static final Duration POLL = Duration.ofMillis(200);

    private ScoredArchive() {
    }

    /**
     * The last {@link InterviewScored} of each interview scored at or after {@code since} (record time; all when empty),
     * only {@code interview}'s when given, in the order the topic holds them; records that hold no such event are skipped.
     * Their sealed personal data is opened with the data key {@code keys} gives, asked only for the interviews kept
     * whose score has sealed values.
     */
    static List<InterviewScored> read(Properties clientConfig, Optional<Instant> since, Optional<UUID> interview,
                                      Function<UUID, DataKey> keys, Duration timeout) {
        Map<UUID, String> lastByInterview = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer = consumer(clientConfig)) {
            for (ConsumerRecord<String, String> record : readToEnd(consumer, since, timeout)) {
                if (since.isPresent() && record.timestamp() < since.get().toEpochMilli()) {
                    continue;
                }
                try {
                    InterviewScored scored = EventCodec.decode(record.value(), InterviewScored.class);
                    if (interview.isEmpty() || interview.get().equals(scored.interviewId())) {
                        lastByInterview.put(scored.interviewId(), record.value());
                    }
                } catch (InvalidEventException notAScore) {
                    // the dead-letter topic and the timeline show such records; there is nothing here to re-score
                }
            }
        }
        // opened only now: a score a later one replaces, or another interview's, needs no key
        return lastByInterview.values().stream()
                .map(value -> EventCodec.decode(value, InterviewScored.class, keys)).toList();
    }

    /**
     * Publishes each re-score as {@code encoding} writes it (key = interview id, CloudEvents headers) and waits until
     * the broker has them all.
     */
    static void publish(Properties clientConfig, List<InterviewRescored> rescored,
                        Function<InterviewRescored, String> encoding, Duration timeout) {
        Properties config = new Properties();
        config.putAll(clientConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            for (InterviewRescored event : rescored) {
                ProducerRecord<String, String> record = new ProducerRecord<>(Topics.RESCORED, null,
                        event.occurredAt().toEpochMilli(), event.interviewId().toString(), encoding.apply(event));
                CloudEventHeaders.of(event, SOURCE).forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
                sent.add(producer.send(record));
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            for (Future<?> acknowledgement : sent) {
                acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish the re-scores to " + Topics.RESCORED, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the re-scores", e);
        }
    }

    private static KafkaConsumer<String, String> consumer(Properties clientConfig) {
        Properties config = new Properties();
        config.putAll(clientConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    /** The scored topic's records from {@code since} (its beginning when empty) to the end it had when reading began. */
    private static List<ConsumerRecord<String, String>> readToEnd(KafkaConsumer<String, String> consumer,
                                                                  Optional<Instant> since, Duration timeout) {
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.SCORED, timeout).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        if (since.isEmpty()) {
            consumer.seekToBeginning(partitions);
        } else {
            Map<TopicPartition, Long> at = new HashMap<>();
            partitions.forEach(partition -> at.put(partition, since.get().toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(at, timeout);
            partitions.forEach(partition -> consumer.seek(partition,
                    found.get(partition) == null ? end.get(partition) : found.get(partition).offset()));
        }
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (partitions.stream().anyMatch(partition -> consumer.position(partition, timeout) < end.get(partition))) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("could not read " + Topics.SCORED + " to its end within " + timeout);
            }
            consumer.poll(POLL).forEach(record -> {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    records.add(record);
                }
            });
        }
        return records;
    }
}
