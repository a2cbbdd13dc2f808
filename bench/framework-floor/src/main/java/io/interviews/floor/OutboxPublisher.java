package io.interviews.floor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The outbox: rows stored in the transaction that decided them, published in id order, each marked published once
 * Kafka acknowledged it (acks=all): a crash in between publishes it again. Woken after each commit; a wake-up during a
 * drain schedules one more.
 */
@ApplicationScoped
public class OutboxPublisher {

    @Inject
    EntityManager entityManager;

    @Inject
    Event<Committed> committed;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final AtomicBoolean pending = new AtomicBoolean();
    private ExecutorService worker;
    private KafkaProducer<String, String> producer;

    @PostConstruct
    void start() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(config);
        worker = Executors.newSingleThreadExecutor();
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
        producer.close();
    }

    /** Queues {@code payload} for {@code topic} in the caller's transaction; the relay publishes it after the commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String topic, String payload) {
        OutboxRow row = new OutboxRow();
        row.topic = topic;
        row.payload = payload;
        row.persist();
        committed.fire(new Committed());
    }

    void wakeRelay(@Observes(during = TransactionPhase.AFTER_SUCCESS) Committed event) {
        wakeUp();
    }

    private void wakeUp() {
        if (pending.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        pending.set(false);
        QuarkusTransaction.requiringNew().run(() -> {
            List<OutboxRow> rows = entityManager.createQuery(
                            "from OutboxRow where publishedAt is null order by id", OutboxRow.class)
                    .setMaxResults(100)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            for (OutboxRow row : rows) {
                try {
                    producer.send(new ProducerRecord<>(row.topic, row.payload)).get();
                } catch (Exception e) {
                    throw new IllegalStateException("not published: " + row.payload, e);
                }
                row.publishedAt = Instant.now();
            }
        });
    }

    record Committed() {
    }
}
