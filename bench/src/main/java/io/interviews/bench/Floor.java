package io.interviews.bench;

import io.interviews.cli.DatabaseLogin;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The physical floor of one hop on the same broker and database as the system: a raw Kafka produce → consume round
 * trip with the services' producer settings ({@code acks=all}, idempotent, one record in flight), and a durable
 * PostgreSQL commit (one row, {@code synchronous_commit=on}). Each is warmed up before it is measured.
 */
final class Floor {

    /**
     * The bench's own topic: one partition with the cluster's default replication, not a single replica, which would
     * make {@code acks=all} cheaper than on the system's replicated topics (and which a cluster demanding two in-sync
     * replicas refuses). The system's topics are left alone.
     */
    static final String TOPIC = "bench.floor";
    /** The bench's own schema, dropped afterwards. */
    private static final String SCHEMA = "bench_floor";

    private Floor() {
    }

    static Samples kafkaRoundTrips(Target.Kafka kafka, int warmUp, int measured) {
        createTopic(kafka);
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(kafka.client()));
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(kafka.client()))) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition, kafka.timeout());
            Samples samples = new Samples();
            for (int i = 0; i < warmUp + measured; i++) {
                long sentAt = System.nanoTime();
                var sent = producer.send(new ProducerRecord<>(TOPIC, "floor", Integer.toString(i)));
                awaitRecord(consumer, Integer.toString(i), kafka.timeout());
                long elapsed = System.nanoTime() - sentAt;
                sent.get(kafka.timeout().toMillis(), TimeUnit.MILLISECONDS);
                if (i >= warmUp) {
                    samples.add(elapsed);
                }
            }
            return samples;
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the floor's Kafka round trip failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static Samples postgresCommits(DatabaseLogin login, int warmUp, int measured) {
        try (Connection connection = login.connect()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET synchronous_commit = on");
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
                statement.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".commits"
                        + " (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())");
            }
            Samples samples = new Samples();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + SCHEMA + ".commits DEFAULT VALUES")) {
                for (int i = 0; i < warmUp + measured; i++) {
                    long start = System.nanoTime();
                    insert.executeUpdate();
                    if (i >= warmUp) {
                        samples.add(System.nanoTime() - start);
                    }
                }
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
                }
            }
            return samples;
        } catch (SQLException e) {
            throw new IllegalStateException("the floor's PostgreSQL commit failed: " + e, e);
        }
    }

    private static void awaitRecord(KafkaConsumer<String, String> consumer, String value, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (var record : consumer.poll(Duration.ofMillis(100))) {
                if (value.equals(record.value())) {
                    return;
                }
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("record " + value + " not consumed from " + TOPIC + " within " + timeout);
            }
        }
    }

    private static void createTopic(Target.Kafka kafka) {
        try (Admin admin = Admin.create(kafka.client())) {
            admin.createTopics(List.of(new NewTopic(TOPIC, Optional.of(1), Optional.empty()))).all()
                    .get(kafka.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + TOPIC + ": " + e.getCause(), e);
            }
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot create " + TOPIC + " within " + kafka.timeout(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Properties producerConfig(Properties client) {
        Properties config = new Properties();
        config.putAll(client);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }

    /** A consumer of {@code client}'s cluster (its address and, for a secured one, TLS and SASL) that commits nothing. */
    static Properties consumerConfig(Properties client) {
        Properties config = new Properties();
        config.putAll(client);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }
}
