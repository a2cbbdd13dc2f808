package io.interviews.kit;

import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A service killed with {@code kill -9} and started again with the same instance id consumes again within
 * seconds, although the dead member's session has a minute to run: its partitions come back without a rebalance.
 */
class StaticMembershipRecoveryTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(10);

    @Test
    void aKilledMemberRestartedWithItsInstanceIdConsumesWellBeforeItsSessionTimesOut() throws Exception {
        String bootstrap = RealInfrastructure.kafkaBootstrapServers();
        String topic = "kit-static-" + UUID.randomUUID();
        String group = "kit-static-" + UUID.randomUUID();
        RealInfrastructure.kafkaBroker().createTopics(List.of(topic), 3);

        Process first = startMemberProcess(bootstrap, topic, group, "interviewer-hr-0");
        try {
            awaitAssigned(first);
        } finally {
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no goodbye to the group
        }

        try (TopicProbe probe = new TopicProbe(bootstrap);
             KafkaConsumer<String, String> restarted = StaticMember.consumer(bootstrap, group, "interviewer-hr-0")) {
            String key = UUID.randomUUID().toString();
            probe.send(topic, key, "sent while the service was down");
            long restartedAt = System.nanoTime();
            restarted.subscribe(List.of(topic));
            long deadline = restartedAt + RECOVERY_LIMIT.toNanos();
            while (System.nanoTime() - deadline < 0) {
                for (ConsumerRecord<String, String> record : restarted.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        return;
                    }
                }
            }
            fail("the restarted member consumed nothing within " + RECOVERY_LIMIT + " (session timeout "
                    + StaticMember.SESSION_TIMEOUT + ")");
        }
    }

    private static Process startMemberProcess(String bootstrap, String topic, String group, String instanceId)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StaticMember.class.getName(),
                bootstrap, topic, group, instanceId)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void awaitAssigned(Process member) throws Exception {
        CompletableFuture<Boolean> assigned = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(member.getInputStream(),
                    StandardCharsets.UTF_8))) {
                return out.lines().anyMatch(StaticMember.ASSIGNED::equals);
            } catch (IOException e) {
                return false;
            }
        });
        assertTrue(assigned.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the first member never got partitions");
    }
}
