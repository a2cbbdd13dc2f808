package io.interviews.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A rubric change to re-score with: a copy of a shipped stage whose banks carry a new rubric version and one
 * dimension weighed more (evaluation's {@code RescoreCommandTest}, the system test's {@code RescoreSystemTest}).
 */
public final class ChangedRubric {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChangedRubric() {
    }

    /**
     * Copies every file of the stage folder {@code shipped} into {@code target}; in each bank ({@code bank-*.json})
     * the {@code rubricVersion} becomes {@code rubricVersion} and the weight of {@code dimension} is multiplied by
     * {@code factor} (to three decimals).
     */
    public static void write(Path shipped, Path target, String rubricVersion, String dimension, int factor)
            throws IOException {
        Files.createDirectories(target);
        try (var files = Files.list(shipped)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.startsWith("bank-")) {
                    Files.copy(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    continue;
                }
                ObjectNode bank = (ObjectNode) JSON.readTree(file.toFile());
                bank.put("rubricVersion", rubricVersion);
                bank.withArray("dimensions").forEach(changed -> {
                    if (changed.path("id").asText().equals(dimension)) {
                        ((ObjectNode) changed).put("weight",
                                Math.round(changed.path("weight").asDouble() * factor * 1000) / 1000.0);
                    }
                });
                JSON.writeValue(target.resolve(name).toFile(), bank);
            }
        }
    }
}
