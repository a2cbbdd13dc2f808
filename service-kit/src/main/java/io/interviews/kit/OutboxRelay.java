package io.interviews.kit;

import io.interviews.events.CloudEventHeaders;
import io.micrometer.core.instrument.Gauge;
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
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes outbox rows in id order and marks them published. Woken right after each commit; the
 * periodic sweep only picks up rows a crash or a broker outage left behind. A row is marked only after
 * Kafka acknowledged it (acks=all), so a crash in between republishes it and consumers' inboxes drop the copy.
 * Each interview's events go out in order, and one interview's failing event holds back only that interview:
 * a row Kafka refuses for good is parked (reason, metric, error log) and never retried automatically.
 * The sweep also refreshes two gauges: the parked rows, and the age of the oldest row still waiting to be published.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /**
     * Refusals that retrying cannot cure: the record itself is wrong for the topic. Everything else (timeouts, a
     * broker or partition leader away, missing rights) is the cluster's state and is retried by the sweep.
     */
    private static final List<Class<? extends Throwable>> PERMANENT_REFUSALS = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, InvalidTopicException.class, InvalidRecordException.class,
            SerializationException.class);

    @Inject EntityManager entityManager;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject OutboxConfig config;

    /** The CloudEvents source; a runtime setting, so one build can run as several services (plug-in stages). */
    @ConfigProperty(name = "interview.service.name")
    String serviceName;

    @Inject MeterRegistry meters;

    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final AtomicLong parkedRows = new AtomicLong();
    /** When the oldest row still waiting to be published (not parked) occurred, as of the last sweep; null: none. */
    private final AtomicReference<Instant> oldestUnpublished = new AtomicReference<>();
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
        meters.gauge("interview.outbox.parked.rows", parkedRows);
        // aged at scrape time, so a relay that stopped sweeping still shows its backlog growing older
        Gauge.builder("interview.outbox.oldest.unpublished", oldestUnpublished, OutboxRelay::secondsSince)
                .description("Age of the oldest outbox row not yet published (parked rows excluded); 0 when none waits")
                .baseUnit("seconds")
                .register(meters);
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
        producer.close(Duration.ofSeconds(5));
    }

    /** Asks for a drain; calls while one is pending coalesce into it. */
    public void wakeUp() {
        if (wakeUpPending.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (RejectedExecutionException stopping) {
                // a commit or a sweep that ends while the service stops: its rows wait for the next start's sweep
                LOG.debug("Outbox relay stopped; pending rows are published after the next start");
            }
        }
    }

    @Scheduled(every = "${interview.outbox.sweep-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        QuarkusTransaction.requiringNew().run(() -> {
            refreshParkedCount();
            refreshOldestUnpublished();
        });
        wakeUp();
    }

    private void drain() {
        // cleared before reading, so a commit that lands during this drain schedules another one
        wakeUpPending.set(false);
        try {
            BatchOutcome outcome;
            do {
                outcome = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } while (outcome.full() && outcome.retryLater().isEmpty());
            if (!outcome.retryLater().isEmpty()) {
                LOG.warnf(outcome.firstFailure(), "Events of %d interviews not published yet; the sweep retries in %s",
                        outcome.retryLater().size(), config.sweepInterval());
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Outbox publishing failed; the sweep retries in %s", config.sweepInterval());
        }
    }

    /**
     * Publishes one batch of pending rows, at most one record per interview in flight: an interview's next event is
     * sent only once Kafka acknowledged the one before it. An interview whose event failed publishes nothing more in
     * this batch; a refusal for good parks the event, so only that interview waits, and the others go on.
     */
    private BatchOutcome publishBatch() throws InterruptedException {
        // FOR UPDATE (not SKIP LOCKED): a second replica waits instead of overtaking, which keeps per-key order.
        // Rows of an interview with a parked row wait behind it.
        @SuppressWarnings("unchecked")
        List<OutboxMessage> batch = entityManager.createNativeQuery("""
                        select * from outbox_message pending
                        where pending.published_at is null and pending.parked_at is null
                          and not exists (select 1 from outbox_message parked
                                          where parked.parked_at is not null and parked.record_key = pending.record_key)
                        order by pending.id limit :limit for update""", OutboxMessage.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        Map<String, Deque<OutboxMessage>> queues = new LinkedHashMap<>();
        batch.forEach(message -> queues.computeIfAbsent(message.recordKey, key -> new ArrayDeque<>()).add(message));
        Map<String, Throwable> retryLater = new LinkedHashMap<>();
        boolean parked = false;
        while (!queues.isEmpty()) {
            Map<OutboxMessage, Future<RecordMetadata>> round = new LinkedHashMap<>();
            queues.values().forEach(queue -> round.put(queue.peek(), send(queue.peek())));
            for (Map.Entry<OutboxMessage, Future<RecordMetadata>> sent : round.entrySet()) {
                OutboxMessage message = sent.getKey();
                Throwable failure = failureOf(sent.getValue());
                if (failure == null) {
                    markPublished(message);
                    Deque<OutboxMessage> queue = queues.get(message.recordKey);
                    queue.poll();
                    if (queue.isEmpty()) {
                        queues.remove(message.recordKey);
                    }
                } else {
                    queues.remove(message.recordKey);
                    if (PERMANENT_REFUSALS.stream().anyMatch(refusal -> refusal.isInstance(failure))) {
                        park(message, failure);
                        parked = true;
                    } else {
                        retryLater.put(message.recordKey, failure);
                        meters.counter("interview.outbox.send.failures", "topic", message.topic,
                                "type", message.eventType).increment();
                    }
                }
            }
        }
        if (parked) {
            refreshParkedCount();
        }
        return new BatchOutcome(batch.size() == config.batchSize(), retryLater);
    }

    private Future<RecordMetadata> send(OutboxMessage message) {
        try {
            return producer.send(toRecord(message));
        } catch (KafkaException e) {
            // thrown rather than returned by the client: serialization, or no metadata within max.block.ms
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Waits for Kafka's answer: null when it acknowledged the record, else why not (a timeout included). */
    private Throwable failureOf(Future<RecordMetadata> send) throws InterruptedException {
        try {
            send.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return e;
        }
    }

    private void markPublished(OutboxMessage message) {
        message.publishedAt = Instant.now();
        meters.counter("interview.events.published", "topic", message.topic, "type", message.eventType).increment();
    }

    private void park(OutboxMessage message, Throwable refusal) {
        message.parkedAt = Instant.now();
        message.parkedReason = refusal.getClass().getSimpleName() + ": " + refusal.getMessage();
        meters.counter("interview.outbox.parked", "topic", message.topic, "type", message.eventType).increment();
        LOG.errorf("Parked %s %s of interview %s for %s (%d bytes): %s. It is not retried; the interview's later "
                        + "events wait until an operator releases or deletes it (outbox_message.parked_at)",
                message.eventType, message.eventId, message.recordKey, message.topic,
                message.payload.getBytes(StandardCharsets.UTF_8).length, message.parkedReason);
    }

    /** Updates the {@code interview_outbox_parked_rows} gauge from the table (an operator may release rows). */
    private void refreshParkedCount() {
        parkedRows.set(OutboxMessage.count("parkedAt is not null"));
    }

    /**
     * Updates the {@code interview_outbox_oldest_unpublished_seconds} gauge. The lowest pending id is the oldest row
     * (found through the pending-rows index); rows held back behind a parked one count, the parked one does not.
     */
    private void refreshOldestUnpublished() {
        oldestUnpublished.set(entityManager.createQuery("""
                        select m.occurredAt from OutboxMessage m
                        where m.publishedAt is null and m.parkedAt is null order by m.id""", Instant.class)
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null));
    }

    private static double secondsSince(AtomicReference<Instant> since) {
        Instant instant = since.get();
        return instant == null ? 0 : Math.max(0, Duration.between(instant, Instant.now()).toMillis() / 1000.0);
    }

    private ProducerRecord<String, String> toRecord(OutboxMessage message) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(message.topic, message.recordKey, message.payload);
        CloudEventHeaders.of(message.eventId, message.eventType, "/" + serviceName, message.occurredAt,
                        UUID.fromString(message.recordKey))
                .forEach((name, value) -> record.headers().add(name, value));
        return record;
    }

    /**
     * @param full       the batch was as large as allowed, so more rows may be pending
     * @param retryLater the interviews whose next event failed for now, with the failure
     */
    private record BatchOutcome(boolean full, Map<String, Throwable> retryLater) {

        Throwable firstFailure() {
            return retryLater.values().iterator().next();
        }
    }
}
