package io.interviews.deploy.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The chart's alert rules through Prometheus' own tool: the PrometheusRule rendered with values-all-on.yaml is written
 * as a plain rules file, {@code promtool check rules} validates it, and {@code promtool test rules} runs the unit tests
 * in src/test/resources/prometheus (input series, and the alerts expected to fire or not) against it. promtool
 * comes with Debian's {@code prometheus} package ({@code .ci/run} installs it); {@code -Dpromtool.binary} points
 * elsewhere.
 */
class PrometheusRulesTest {

    private static final Path PROMTOOL = Path.of(System.getProperty("promtool.binary", "/usr/bin/promtool"));
    private static final Path UNIT_TESTS = Helm.MODULE_DIR.resolve("src/test/resources/prometheus");
    private static final Path WORK_DIR = Helm.MODULE_DIR.resolve("target/prometheus-rules");
    /** The name the unit tests' {@code rule_files} refer to. */
    private static final String RULES_FILE = "interview-system-rules.yaml";

    private static JsonNode rules;
    private static List<Path> testFiles;

    @BeforeAll
    static void writeTheRenderedRulesBesideTheUnitTests() throws IOException {
        if (!Files.isExecutable(PROMTOOL)) {
            throw new IllegalStateException("No promtool at " + PROMTOOL + ": install Debian's prometheus package "
                    + "(apt-get install -y prometheus; .ci/run does), or pass -Dpromtool.binary=/path/to/promtool");
        }
        JsonNode rule = ValuesSet.ALL_ON.rendered().ofKind("PrometheusRule").get(0);
        ObjectNode file = RenderedChart.YAML.createObjectNode();
        file.set("groups", rule.path("spec").path("groups"));
        rules = file;
        Files.createDirectories(WORK_DIR);
        RenderedChart.YAML.writeValue(WORK_DIR.resolve(RULES_FILE).toFile(), file);
        try (Stream<Path> files = Files.list(UNIT_TESTS)) {
            testFiles = new ArrayList<>();
            for (Path test : files.filter(path -> path.toString().endsWith(".test.yaml")).sorted().toList()) {
                testFiles.add(Files.copy(test, WORK_DIR.resolve(test.getFileName()), StandardCopyOption.REPLACE_EXISTING));
            }
        }
        assertFalse(testFiles.isEmpty(), "no *.test.yaml in " + UNIT_TESTS);
    }

    @Test
    void theRenderedRulesPassPromtoolsCheck() throws Exception {
        promtool("check", "rules", WORK_DIR.resolve(RULES_FILE).toString());
    }

    @Test
    void everyAlertFiresAndStaysQuietAsItsUnitTestsExpect() throws Exception {
        List<String> command = new ArrayList<>(List.of("test", "rules"));
        testFiles.forEach(test -> command.add(test.toString()));
        promtool(command.toArray(String[]::new));
    }

    @Test
    void everyAlertHasUnitTests() throws IOException {
        Set<String> alerts = new TreeSet<>();
        rules.path("groups").forEach(group -> group.path("rules").forEach(rule -> alerts.add(rule.path("alert").asText())));
        Set<String> tested = new TreeSet<>();
        for (Path test : testFiles) {
            RenderedChart.YAML.readTree(test.toFile()).path("tests").forEach(unit -> unit.path("alert_rule_test")
                    .forEach(check -> tested.add(check.path("alertname").asText())));
        }
        assertEquals(alerts, tested);
    }

    private static void promtool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(PROMTOOL.toString()));
        command.addAll(List.of(args));
        Path output = WORK_DIR.resolve(args[0] + "-" + args[1] + ".out");
        Process process = new ProcessBuilder(command).directory(WORK_DIR.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("promtool did not finish within 60 s: " + command);
        }
        assertEquals(0, process.exitValue(), String.join(" ", command) + "\n"
                + Files.readString(output, StandardCharsets.UTF_8));
    }
}
