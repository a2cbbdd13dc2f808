package io.interviews.deploy.helm;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The chart's values files, read as YAML: what a service is configured with by default. */
final class ChartValues {

    static final Path VALUES = Helm.CHART.resolve("values.yaml");

    private ChartValues() {
    }

    static JsonNode defaults() {
        return read(VALUES);
    }

    static JsonNode allOn() {
        return read(Helm.ALL_ON_VALUES);
    }

    static JsonNode read(Path file) {
        try {
            return RenderedChart.YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Built-in services by name, as configured in values.yaml. */
    static Map<String, JsonNode> services() {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        defaults().path("services").fields().forEachRemaining(e -> services.put(e.getKey(), e.getValue()));
        return services;
    }

    /** The topics a service block (or stages.defaults) says it consumes. */
    static Set<String> consumedTopics(JsonNode serviceBlock) {
        Set<String> topics = new LinkedHashSet<>();
        serviceBlock.path("consumes").forEach(c -> topics.add(c.path("topic").asText()));
        return topics;
    }

    /** channel -> topic of a service block. */
    static Map<String, String> channels(JsonNode serviceBlock) {
        Map<String, String> channels = new LinkedHashMap<>();
        serviceBlock.path("consumes").forEach(c -> channels.put(c.path("channel").asText(), c.path("topic").asText()));
        return channels;
    }
}
