package io.interviews.deploy.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ServiceSpecTest {

    @Test
    void eachServiceCapsItsHeapAtAboutTwiceItsLiveHeap() {
        Map<String, List<String>> options = ServiceSpec.defaults().stream()
                .collect(Collectors.toMap(ServiceSpec::name, ServiceSpec::jvmOptions));
        assertEquals(Map.of(
                "gateway", List.of("-Xmx96m"),
                "interviewer-tech", List.of("-Xmx128m"),
                "interviewer-hr", List.of("-Xmx128m"),
                "interviewer-boss", List.of("-Xmx128m"),
                "scoring-service", List.of("-Xmx64m"),
                "offer-service", List.of("-Xmx64m")), options);
        assertEquals(List.of("-Xmx128m"), ServiceSpec.stage("coding", Path.of("bank")).jvmOptions(),
                "a plugged-in stage holds an interviewer's embedding tables");
    }

    @Test
    void anotherEnvironmentKeepsTheServicesHeap() {
        ServiceSpec gateway = ServiceSpec.of("gateway").withEnv(Map.of("INTERVIEW_GATEWAY_STALL_AFTER", "10s"));
        assertEquals(new ServiceSpec("gateway", "gateway", Map.of("INTERVIEW_GATEWAY_STALL_AFTER", "10s"), 96),
                gateway);
    }

    @Test
    void aHeapTooSmallToStartIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ServiceSpec("gateway", "gateway", Map.of(), 8));
        assertEquals("gateway: a heap of 8 MB is too small to start", refused.getMessage());
    }
}
