package io.interviews.systemtest;

import io.interviews.events.Topics;
import io.interviews.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs after every other class of the module (class order), once all of the module's interviews are finished. */
@Order(Integer.MAX_VALUE)
@ExtendWith(LiveSystemExtension.class)
class DeadLetterTopicTest {

    @Test
    void noConsumerDeadLetteredAnyRecordOfTheModulesInterviews(LiveSystem system) {
        assertEquals(Scenario.values().length, system.allOutcomes().size());
        try (TopicProbe topics = new TopicProbe(system.stack().kafkaBootstrapServers())) {
            List<ConsumerRecord<String, String>> deadLetters = topics.readAll(Topics.DEAD_LETTERS, Duration.ofSeconds(30));
            assertTrue(deadLetters.isEmpty(), "dead letters:\n" + TopicProbe.describe(deadLetters));
        }
    }
}
