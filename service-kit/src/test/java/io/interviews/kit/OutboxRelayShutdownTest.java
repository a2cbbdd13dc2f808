package io.interviews.kit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/** A relay that has stopped takes a late wake-up (a commit or a sweep ending during shutdown) quietly. */
class OutboxRelayShutdownTest {

    @Test
    void aWakeUpAfterTheRelayStoppedLeavesTheRowsForTheNextStart() {
        OutboxRelay relay = new OutboxRelay();
        relay.kafkaConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        relay.serviceName = "relay-under-test";
        relay.meters = new SimpleMeterRegistry();
        relay.start();
        relay.stop(null);

        assertDoesNotThrow(relay::wakeUp);
    }
}
