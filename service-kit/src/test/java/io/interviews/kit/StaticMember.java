package io.interviews.kit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A consumer of one channel configured as a service's would be with {@code interview.kafka.instance-id} set; run
 * as {@code main(bootstrapServers, topic, groupId, instanceId)} in a child JVM it prints {@link #ASSIGNED} once it
 * owns partitions and then polls until it is killed.
 */
final class StaticMember {

    static final String ASSIGNED = "assigned";
    static final String CHANNEL = "answers";
    /** Far longer than the services' 10 s, so a wait for the dead member's session is unmistakable. */
    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(60);

    private StaticMember() {
    }

    static KafkaConsumer<String, String> consumer(String bootstrapServers, String groupId, String instanceId) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) SESSION_TIMEOUT.toMillis());
        config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 2000);
        new StaticGroupMembership(Optional.of(instanceId)).customize(CHANNEL, null, config);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    public static void main(String[] args) {
        try (KafkaConsumer<String, String> consumer = consumer(args[0], args[2], args[3])) {
            consumer.subscribe(List.of(args[1]), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    if (!partitions.isEmpty()) {
                        System.out.println(ASSIGNED);
                        System.out.flush();
                    }
                }
            });
            while (true) {
                consumer.poll(Duration.ofMillis(200));
            }
        }
    }
}
