package io.interviews.kit;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Counts the records this service writes to the dead letters, {@code interview_dead_letters_total{consumer,topic}}
 * ({@code topic} the one the record came from): the dead-letter producer of every channel calls it, as the
 * connector default {@code dead-letter-queue.interceptor-bean} names it. The chart alerts on its increase.
 */
@ApplicationScoped
@Identifier(DeadLetterCount.BEAN)
public class DeadLetterCount implements ProducerInterceptor<Object, Object> {

    static final String BEAN = "interview-dead-letter-count";
    /** Set on each dead letter by the connector. */
    private static final String SOURCE_TOPIC_HEADER = "dead-letter-topic";

    private final MeterRegistry meters;
    private final String consumer;

    DeadLetterCount(MeterRegistry meters, @ConfigProperty(name = "interview.service.name") String consumer) {
        this.meters = meters;
        this.consumer = consumer;
    }

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        Header source = record.headers().lastHeader(SOURCE_TOPIC_HEADER);
        String topic = source == null ? "unknown" : new String(source.value(), StandardCharsets.UTF_8);
        meters.counter("interview.dead.letters", "consumer", consumer, "topic", topic).increment();
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        // counted when sent: a dead letter the broker refuses fails its channel, which the health checks report
    }

    @Override
    public void close() {
        // the bean outlives the producers that call it
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // nothing to configure
    }
}
