package io.interviews.deploy.ops;

import io.interviews.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * {@code timeline --follow}: every topic of the system tailed by one consumer (assigned partitions, no group), each
 * entry handed on as it arrives. With {@code since} it first replays the records from that moment, sorted by record
 * time; then each poll's records are sorted by record time before they are handed on. That is the order a live
 * tail can give: one interview's records keep their order on each topic (the interview id is the key), while
 * records of different topics can arrive a poll apart. Topics created after the start are not followed.
 *
 * <p>{@link #run()} blocks until {@link #stop()} is called from another thread (e.g. a shutdown hook on Ctrl-C).
 */
public final class LiveTimeline {

    private final KafkaConsumer<String, String> consumer;
    private final TimelineFilter filter;
    private final Optional<Instant> since;
    private final Duration timeout;
    private final Consumer<TopicTimeline.Entry> sink;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch following = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    public LiveTimeline(Properties clientConfig, TimelineFilter filter, Optional<Instant> since, Duration timeout,
                        Consumer<TopicTimeline.Entry> sink) {
        this.consumer = TopicTimeline.consumer(clientConfig);
        this.filter = filter;
        this.since = since;
        this.timeout = timeout;
        this.sink = sink;
    }

    /** Replays from {@code since}, then hands on each new entry the filter keeps, until {@link #stop()}; closes the consumer. */
    public void run() {
        try (consumer) {
            List<TopicPartition> partitions = TopicTimeline.partitions(consumer, Topics.ALL, timeout);
            Map<TopicPartition, Long> start = since.isPresent()
                    ? TopicTimeline.startOffsets(consumer, partitions, since, timeout)
                    : consumer.endOffsets(partitions, timeout);
            hand(TopicTimeline.readToEnd(consumer, start, timeout));
            following.countDown();
            while (!stopping.get()) {
                List<ConsumerRecord<String, String>> batch = new ArrayList<>();
                consumer.poll(TopicTimeline.POLL).forEach(batch::add);
                hand(batch);
            }
        } catch (WakeupException e) {
            if (!stopping.get()) {
                throw e;
            }
        } finally {
            closed.countDown();
        }
    }

    /** Asks {@link #run()} to return; safe from any thread, and more than once. */
    public void stop() {
        stopping.set(true);
        consumer.wakeup();
    }

    /** Whether the replay is done and new records are being followed, waiting up to {@code wait}. */
    public boolean awaitFollowing(Duration wait) throws InterruptedException {
        return following.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether {@link #run()} has closed the consumer, waiting up to {@code wait}. */
    public boolean awaitClosed(Duration wait) throws InterruptedException {
        return closed.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void hand(List<ConsumerRecord<String, String>> records) {
        records.stream()
                .sorted(TopicTimeline.RECORD_TIME_ORDER)
                .map(TopicTimeline::entry)
                .filter(filter::keeps)
                .forEach(sink);
    }
}
