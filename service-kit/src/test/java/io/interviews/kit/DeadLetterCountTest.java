package io.interviews.kit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dead-letter count's tags from the connector's headers, without a broker. */
class DeadLetterCountTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final DeadLetterCount count = new DeadLetterCount(meters, "gateway");

    @Test
    void theReasonIsTheFailuresSimpleClassNameAndTheTopicTheOneTheRecordCameFrom() {
        count.onSend(deadLetter("interview.letters", "io.interviews.events.InvalidEventException"));
        count.onSend(deadLetter("interview.letters", "org.example.Outer$NestedFailure"));

        assertEquals(1, count("interview.letters", "InvalidEventException"));
        assertEquals(1, count("interview.letters", "NestedFailure"));
    }

    @Test
    void aDeadLetterWithoutTheConnectorsHeadersIsCountedAsUnknown() {
        count.onSend(new ProducerRecord<>("interview.dead-letters", "key", "value"));

        assertEquals(1, count("unknown", "unknown"));
    }

    @Test
    void theConnectorsHeadersCountNotTheOnesCopiedFromTheFailedRecord() {
        ProducerRecord<Object, Object> replayed = deadLetter("interview.answers", "java.lang.IllegalStateException");
        replayed.headers().add("dead-letter-exception-class-name", bytes("org.example.EarlierFailure"));

        count.onSend(replayed);

        assertEquals(1, count("interview.answers", "IllegalStateException"));
    }

    private static ProducerRecord<Object, Object> deadLetter(String sourceTopic, String exceptionClass) {
        ProducerRecord<Object, Object> record = new ProducerRecord<>("interview.dead-letters", "key", "value");
        record.headers().add("dead-letter-exception-class-name", bytes(exceptionClass));
        record.headers().add("dead-letter-topic", bytes(sourceTopic));
        return record;
    }

    private double count(String topic, String reason) {
        return meters.get("interview.dead.letters")
                .tags("consumer", "gateway", "topic", topic, "reason", reason).counter().count();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
