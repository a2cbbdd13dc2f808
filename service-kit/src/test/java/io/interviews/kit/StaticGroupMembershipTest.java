package io.interviews.kit;

import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** With {@code interview.kafka.instance-id} set, each channel's consumer is a static member named after it. */
@QuarkusTest
@TestProfile(StaticGroupMembershipTest.WithInstanceId.class)
@QuarkusTestResource(RealInfrastructure.class)
class StaticGroupMembershipTest {

    public static class WithInstanceId implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("interview.kafka.instance-id", "service-kit-test-0");
        }
    }

    @Test
    void eachChannelJoinsItsGroupWithTheInstanceIdAndItsChannelName() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.kafkaBootstrapServers()))) {
            // The broker answers GroupIdNotFound until the consumer has joined, and a slow coordinator may not answer
            // at all for a while: each describe gets a few seconds and is asked again. A member another test left
            // behind (no instance id) may linger until its session ends; only the static members are the claim.
            // Every service has the erasures channel.
            await().atMost(Duration.ofSeconds(60))
                    .ignoreExceptionsInstanceOf(ExecutionException.class).ignoreExceptionsInstanceOf(TimeoutException.class)
                    .untilAsserted(() -> assertEquals(
                            Set.of("service-kit-test-0-answers", "service-kit-test-0-erasures"),
                            admin.describeConsumerGroups(List.of("service-kit-test")).all().get(5, TimeUnit.SECONDS)
                                    .get("service-kit-test").members().stream()
                                    .map(MemberDescription::groupInstanceId).flatMap(Optional::stream)
                                    .collect(Collectors.toSet())));
        }
    }
}
