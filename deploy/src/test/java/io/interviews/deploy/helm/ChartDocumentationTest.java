package io.interviews.deploy.helm;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The chart's README documents every value of values.yaml, so the two cannot drift apart. */
class ChartDocumentationTest {

    /** Maps documented as a whole (their content is Kubernetes' or Kafka's, not the chart's). */
    private static final Set<String> DOCUMENTED_WHOLE = Set.of("resources", "podSecurityContext",
            "containerSecurityContext", "config");

    @Test
    void readmeDocumentsEveryValue() throws IOException {
        String readme = Files.readString(Helm.CHART.resolve("README.md"));
        List<String> undocumented = new ArrayList<>();
        for (String key : documentableKeys(ChartValues.defaults(), "")) {
            if (!readme.contains("| `" + key + "` |")) {
                undocumented.add(key);
            }
        }
        assertEquals(List.of(), undocumented, "values missing from the parameter tables of README.md");
    }

    /** Leaf keys: scalars, lists, empty maps, and maps documented as a whole. */
    static List<String> documentableKeys(JsonNode node, String prefix) {
        List<String> keys = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isObject() && value.size() > 0 && !DOCUMENTED_WHOLE.contains(entry.getKey())) {
                keys.addAll(documentableKeys(value, key));
            } else {
                keys.add(key);
            }
        }
        return keys;
    }
}
