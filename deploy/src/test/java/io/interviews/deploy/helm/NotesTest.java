package io.interviews.deploy.helm;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * templates/NOTES.txt, what `helm install` prints. `helm template` skips NOTES, and `helm install --dry-run`
 * needs a cluster, so the test renders it through a copy of the chart that exposes the notes as a ConfigMap.
 */
class NotesTest {

    private static final Path PROBE_CHART = Helm.WORK_DIR.resolve("notes-chart/interview-system");

    @Test
    void notesListTheServicesAndWarnAboutEmptySecretsByDefault() {
        String notes = renderNotes(List.of());
        assertAll(
                () -> assertTrue(notes.contains("interview-interview-system-gateway"), notes),
                () -> assertTrue(notes.contains("consumer group interviewer-tech"), notes),
                () -> assertTrue(notes.contains("WARNING: these secrets are EMPTY"), notes),
                () -> assertTrue(notes.contains("RECRUITER_KEY"), notes),
                () -> assertTrue(notes.contains("INTERVIEW_DB_PASSWORD"), notes),
                () -> assertTrue(notes.contains("INTERVIEW_SERVICE_API_KEY"), notes),
                () -> assertTrue(notes.contains("INTERVIEW_GATEWAY_SESSION_KEY"), notes),
                () -> assertTrue(notes.contains("port-forward svc/interview-interview-system-gateway"), notes),
                () -> assertTrue(notes.contains("http://localhost:8080/recruiter"), notes));
    }

    @Test
    void notesWithEveryOptionOnNameThePlugInStageAndNoEmptySecret() {
        String notes = renderNotes(ValuesSet.ALL_ON.helmArgs());
        assertAll(
                () -> assertFalse(notes.contains("WARNING"), notes),
                () -> assertTrue(notes.contains("stage coding"), notes),
                () -> assertTrue(notes.contains("scaled by KEDA"), notes),
                () -> assertTrue(notes.contains("INTERVIEW_GATEWAY_DEFAULT_PLAN"), notes),
                () -> assertTrue(notes.contains("https://interview.example.com/recruiter"), notes));
    }

    private static String renderNotes(List<String> valuesArgs) {
        List<String> command = new ArrayList<>(List.of("template", "interview", PROBE_CHART.toString(),
                "--show-only", "templates/zz-rendered-notes.yaml"));
        command.addAll(valuesArgs);
        RenderedChart rendered = RenderedChart.parse(Helm.run(command).assertSucceeded().stdout());
        JsonNode configMap = rendered.get("ConfigMap", "rendered-notes");
        return configMap.path("data").path("notes").asText();
    }

    @BeforeAll
    static void prepareProbeChart() {
        try {
            if (Files.exists(PROBE_CHART)) {
                try (Stream<Path> old = Files.walk(PROBE_CHART)) {
                    old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            try (Stream<Path> files = Files.walk(Helm.CHART)) {
                for (Path source : files.toList()) {
                    Path target = PROBE_CHART.resolve(Helm.CHART.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.move(PROBE_CHART.resolve("templates/NOTES.txt"), PROBE_CHART.resolve("notes.tpl"));
            Files.writeString(PROBE_CHART.resolve("templates/zz-rendered-notes.yaml"), """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: rendered-notes
                    data:
                      notes: |
                    {{ tpl (.Files.Get "notes.tpl") . | indent 4 }}
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
