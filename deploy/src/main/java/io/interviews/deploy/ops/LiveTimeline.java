package io.interviews.deploy.ops;

import io.interviews.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * {@code timeline --follow}: every topic of the system tailed by one consumer (assigned partitions, no group), each
 * entry handed on as it arrives. With {@code since} it first replays the records from that moment. One interview's
 * records keep their order on each topic (the interview id is the key), but the consumer fetches each partition on
 * its own, so a record of one topic can arrive after a later one of another. Records are therefore held back for
 * {@link #HOLD_BACK} and handed on in record-time order: a record that arrives later than that after its time
 * (a relay catching up) is handed on as it comes. Topics created after the start are not followed.
 *
 * <p>{@link #run()} blocks until {@link #stop()} is called from another thread (e.g. a shutdown hook on Ctrl-C).
 */
public final class LiveTimeline {

    /** How long a record waits for earlier ones from other partitions before it is handed on. */
    static final Duration HOLD_BACK = Duration.ofSeconds(1);

    private final KafkaConsumer<String, String> consumer;
    private final TimelineFilter filter;
    private final Optional<Instant> since;
    private final Duration timeout;
    private final Consumer<TopicTimeline.Entry> sink;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch following = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final PriorityQueue<ConsumerRecord<String, String>> held =
            new PriorityQueue<>(TopicTimeline.RECORD_TIME_ORDER);

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
            held.addAll(since.isPresent() ? TopicTimeline.readSince(consumer, partitions, since, timeout)
                    : TopicTimeline.readToEnd(consumer, consumer.endOffsets(partitions, timeout), timeout));
            handOnHeld(Instant.now().minus(HOLD_BACK).toEpochMilli());
            following.countDown();
            while (!stopping.get()) {
                consumer.poll(TopicTimeline.POLL).forEach(held::add);
                handOnHeld(Instant.now().minus(HOLD_BACK).toEpochMilli());
            }
        } catch (WakeupException e) {
            if (!stopping.get()) {
                throw e;
            }
        } finally {
            handOnHeld(Long.MAX_VALUE); // what was still held back when it stopped
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

    /** Hands on, oldest first, the held records whose time (epoch milliseconds) is at or before {@code upTo}. */
    private void handOnHeld(long upTo) {
        while (!held.isEmpty() && held.peek().timestamp() <= upTo) {
            TopicTimeline.Entry entry = TopicTimeline.entry(held.poll());
            if (filter.keeps(entry)) {
                sink.accept(entry);
            }
        }
    }
}
