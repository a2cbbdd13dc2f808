package io.interviews.deploy.infra;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Topic administration through the Kafka Admin client.
 *
 * <p>{@code kafka-clients} is an optional dependency of the deploy module, so this class (unlike
 * {@link KafkaBroker}) needs it on the caller's classpath; Quarkus services and their tests have it.
 */
public final class KafkaAdmin {

    private static final long TIMEOUT_SECONDS = 30;

    private KafkaAdmin() {
    }

    /**
     * Largest record batch a topic accepts: Kafka's default, stated, since the services' event budget
     * ({@code interview.outbox.max-event-size}, 900 KiB) is set against it.
     */
    static final String MAX_MESSAGE_BYTES = "1048588";

    /**
     * Creates the topics with replication factor 1 and {@link #MAX_MESSAGE_BYTES}; topics that already exist are
     * left as they are.
     */
    public static void createTopics(String bootstrapServers, Collection<String> topics, int partitions) {
        if (topics.isEmpty()) {
            return;
        }
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "interview-deploy-admin");
        try (Admin admin = Admin.create(config)) {
            List<NewTopic> newTopics = new LinkedHashSet<>(topics).stream()
                    .map(name -> new NewTopic(name, partitions, (short) 1)
                            .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES)))
                    .toList();
            Map<String, KafkaFuture<Void>> results = admin.createTopics(newTopics).values();
            for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
                try {
                    result.getValue().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + result.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics " + topics, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out creating topics " + topics + " on " + bootstrapServers, e);
        }
    }
}
