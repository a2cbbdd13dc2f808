package io.interviews.kit;

import io.interviews.events.CloudEventHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes outbox rows in id order and marks them published. Woken right after each commit; the
 * periodic sweep only picks up rows a crash or a broker outage left behind. A row is marked only after
 * Kafka acknowledged it (acks=all), so a crash in between republishes it and consumers' inboxes drop the copy.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    EntityManager entityManager;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    OutboxConfig config;

    /** The CloudEvents source; a runtime setting, so one build can run as several services (plug-in stages). */
    @ConfigProperty(name = "interview.service.name")
    String serviceName;

    @Inject
    MeterRegistry meters;

    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private ExecutorService worker;
    private KafkaProducer<String, String> producer;

    @PostConstruct
    void start() {
        Map<String, Object> producerConfig = new HashMap<>(kafkaConfig);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, serviceName + "-outbox");
        producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(producerConfig);
        worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(java.time.Duration.ofSeconds(5));
    }

    /** Asks for a drain; calls while one is pending coalesce into it. */
    public void wakeUp() {
        if (wakeUpPending.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    @Scheduled(every = "${interview.outbox.sweep-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        wakeUp();
    }

    private void drain() {
        // cleared before reading, so a commit that lands during this drain schedules another one
        wakeUpPending.set(false);
        try {
            int published;
            do {
                published = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } while (published == config.batchSize());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Outbox publishing failed; the sweep retries in %s", config.sweepInterval());
        }
    }

    private int publishBatch() throws Exception {
        // FOR UPDATE (not SKIP LOCKED): a second replica waits instead of overtaking, which keeps per-key order
        @SuppressWarnings("unchecked")
        List<OutboxMessage> batch = entityManager.createNativeQuery(
                        "select * from outbox_message where published_at is null order by id limit :limit for update",
                        OutboxMessage.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (OutboxMessage message : batch) {
            sends.add(producer.send(toRecord(message)));
        }
        Instant now = Instant.now();
        for (int i = 0; i < batch.size(); i++) {
            sends.get(i).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            OutboxMessage message = batch.get(i);
            message.publishedAt = now;
            meters.counter("interview.events.published", "topic", message.topic, "type", message.eventType).increment();
        }
        return batch.size();
    }

    private ProducerRecord<String, String> toRecord(OutboxMessage message) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(message.topic, message.recordKey, message.payload);
        CloudEventHeaders.of(message.eventId, message.eventType, "/" + serviceName, message.occurredAt,
                        UUID.fromString(message.recordKey))
                .forEach((name, value) -> record.headers().add(name, value));
        return record;
    }
}
