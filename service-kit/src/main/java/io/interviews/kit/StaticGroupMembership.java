package io.interviews.kit;

import io.smallrye.reactive.messaging.ClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.Optional;

/**
 * Static consumer group membership: when {@code interview.kafka.instance-id} is set (the chart sets it to the pod
 * name, the local stack to the service's name), each channel's consumer joins its group as
 * {@code group.instance.id = <instance-id>-<channel>}. A restarted process with the same id takes its partitions
 * back at once, without waiting for the dead member's session to time out. Unset (tests, ad-hoc runs), consumers
 * join as dynamic members. Two live processes must never share an id: the broker fences one of them.
 */
@ApplicationScoped
public class StaticGroupMembership implements ClientCustomizer<Map<String, Object>> {

    private final Optional<String> instanceId;

    StaticGroupMembership(@ConfigProperty(name = "interview.kafka.instance-id") Optional<String> instanceId) {
        this.instanceId = instanceId.map(String::strip).filter(id -> !id.isEmpty());
    }

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> clientConfig) {
        boolean consumer = clientConfig.containsKey(ConsumerConfig.GROUP_ID_CONFIG);
        if (consumer && instanceId.isPresent()) {
            clientConfig.putIfAbsent(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId.get() + "-" + channel);
        }
        return clientConfig;
    }
}
