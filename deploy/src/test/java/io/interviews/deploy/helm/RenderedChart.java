package io.interviews.deploy.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The manifests {@code helm template} printed, one {@link JsonNode} per YAML document. */
final class RenderedChart {

    static final YAMLMapper YAML = new YAMLMapper();

    /** A container's environment variable: a plain value, or a reference to a Secret's key. */
    record EnvValue(String value, String secretName, String secretKey) {

        boolean fromSecret() {
            return secretName != null;
        }
    }

    private final List<JsonNode> manifests;

    private RenderedChart(List<JsonNode> manifests) {
        this.manifests = List.copyOf(manifests);
    }

    static RenderedChart parse(String multiDocumentYaml) {
        List<JsonNode> manifests = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(multiDocumentYaml)) {
            while (documents.hasNextValue()) {
                JsonNode document = documents.nextValue();
                if (document != null && document.isObject() && document.has("kind")) {
                    manifests.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("helm printed YAML that does not parse", e);
        }
        return new RenderedChart(manifests);
    }

    List<JsonNode> all() {
        return manifests;
    }

    List<JsonNode> ofKind(String kind) {
        return manifests.stream().filter(m -> kind.equals(m.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(m -> name.equals(name(m))).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " rendered; have "
                + ofKind(kind).stream().map(RenderedChart::name).toList()));
    }

    static String name(JsonNode manifest) {
        return manifest.path("metadata").path("name").asText();
    }

    /** The service a workload resource belongs to (label app.kubernetes.io/component). */
    static String component(JsonNode manifest) {
        return manifest.path("metadata").path("labels").path("app.kubernetes.io/component").asText();
    }

    /** Deployments by service name (their component label). */
    Map<String, JsonNode> deploymentsByService() {
        Map<String, JsonNode> byService = new LinkedHashMap<>();
        for (JsonNode deployment : ofKind("Deployment")) {
            byService.put(component(deployment), deployment);
        }
        return byService;
    }

    static JsonNode container(JsonNode deployment) {
        JsonNode containers = deployment.path("spec").path("template").path("spec").path("containers");
        if (containers.size() != 1) {
            throw new AssertionError(name(deployment) + " has " + containers.size() + " containers, expected 1");
        }
        return containers.get(0);
    }

    /**
     * The environment the container of a Deployment starts with: the data of the ConfigMaps it reads
     * with envFrom, overridden by its own env entries (as Kubernetes resolves them).
     */
    Map<String, EnvValue> environment(JsonNode deployment) {
        JsonNode container = container(deployment);
        Map<String, EnvValue> env = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                JsonNode configMap = get("ConfigMap", source.path("configMapRef").path("name").asText());
                configMap.path("data").fields().forEachRemaining(
                        entry -> env.put(entry.getKey(), new EnvValue(entry.getValue().asText(), null, null)));
            } else {
                throw new AssertionError("unexpected envFrom source " + source + " in " + name(deployment));
            }
        }
        for (JsonNode variable : container.path("env")) {
            String name = variable.path("name").asText();
            JsonNode secretRef = variable.path("valueFrom").path("secretKeyRef");
            if (!secretRef.isMissingNode()) {
                env.put(name, new EnvValue(null, secretRef.path("name").asText(), secretRef.path("key").asText()));
            } else {
                env.put(name, new EnvValue(variable.path("value").asText(), null, null));
            }
        }
        return env;
    }
}
