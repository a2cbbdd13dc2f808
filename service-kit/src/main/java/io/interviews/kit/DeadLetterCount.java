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
import java.util.Iterator;
import java.util.Map;

/**
 * Counts the records this service writes to the dead letters,
 * {@code interview_dead_letters_total{consumer,topic,reason}} ({@code topic} the one the record came from,
 * {@code reason} the simple class name of the failure that sent it there, e.g.
 * {@code RecordDeserializationException}): the dead-letter producer of every channel calls it, as the connector
 * default {@code dead-letter-queue.interceptor-bean} names it. The chart alerts on its increase.
 */
@ApplicationScoped
@Identifier(DeadLetterCount.BEAN)
public class DeadLetterCount implements ProducerInterceptor<Object, Object> {

    static final String BEAN = "interview-dead-letter-count";
    /** Set on each dead letter by the connector. */
    private static final String SOURCE_TOPIC_HEADER = "dead-letter-topic";
    /** Set on each dead letter by the connector: the failure's fully qualified class name. */
    private static final String EXCEPTION_CLASS_HEADER = "dead-letter-exception-class-name";
    private static final String UNKNOWN = "unknown";

    private final MeterRegistry meters;
    private final String consumer;

    DeadLetterCount(MeterRegistry meters, @ConfigProperty(name = "interview.service.name") String consumer) {
        this.meters = meters;
        this.consumer = consumer;
    }

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        String topic = header(record, SOURCE_TOPIC_HEADER);
        String reason = simpleClassName(header(record, EXCEPTION_CLASS_HEADER));
        meters.counter("interview.dead.letters", "consumer", consumer, "topic", topic, "reason", reason).increment();
        return record;
    }

    /** The connector's own header: it adds its own before copying the failed record's (a replayed dead letter's). */
    private static String header(ProducerRecord<Object, Object> record, String name) {
        Iterator<Header> headers = record.headers().headers(name).iterator();
        return headers.hasNext() ? new String(headers.next().value(), StandardCharsets.UTF_8) : UNKNOWN;
    }

    /** The class name without its package (or enclosing class): the exception types of the code, a bounded set. */
    private static String simpleClassName(String className) {
        return className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
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
