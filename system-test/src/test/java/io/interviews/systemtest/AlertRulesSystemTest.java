package io.interviews.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.infra.Ports;
import io.interviews.deploy.infra.ServiceProcess;
import io.interviews.deploy.stack.ServiceSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The chart's alert rules in a real Prometheus (Debian's {@code /usr/bin/prometheus}) scraping the running services
 * every second, labelled as the Prometheus Operator labels the chart's ServiceMonitor targets ({@code job}: the
 * Service's name, {@code namespace}). The rules are rendered by the chart with a plug-in stage {@code design} that
 * nobody runs and a one-second {@code noConsumerFor}: its stage-without-consumer alerts fire, while those of the
 * running stages stay inactive, which proves the rules select the series the services really expose.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(LiveSystemExtension.class)
class AlertRulesSystemTest {

    private static final Path PROMETHEUS = Path.of(System.getProperty("prometheus.binary", "/usr/bin/prometheus"));
    private static final Path HELM = Path.of(System.getProperty("helm.binary",
            LiveSystem.PROJECT_ROOT.resolve("deploy/target/tools/helm/helm").toString()));
    private static final Path WORK_DIR = LiveSystem.PROJECT_ROOT.resolve("system-test/target/prometheus");
    private static final String NAMESPACE = "recruiting";
    private static final String JOB_PREFIX = "interview-interview-system-";
    private static final String ABSENT_STAGE = "design";
    private static final Set<String> RUNNING_STAGES = Set.of("tech", "hr", "boss");
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process prometheus;
    private String prometheusUrl;
    private List<ServiceProcess> services;

    @BeforeAll
    void startPrometheusScrapingEveryService(LiveSystem system) throws Exception {
        assertTrue(Files.isExecutable(PROMETHEUS), "no Prometheus at " + PROMETHEUS
                + ": install Debian's prometheus package (.ci/run does), or pass -Dprometheus.binary=");
        system.allOutcomes();
        services = system.stack().services();
        deleteRecursively(WORK_DIR); // no series of an earlier run
        Files.createDirectories(WORK_DIR);
        Files.writeString(WORK_DIR.resolve("rules.yaml"), renderedRuleGroups());
        Files.writeString(WORK_DIR.resolve("prometheus.yaml"), scrapeConfig());
        int port = Ports.freeLoopbackPort();
        prometheusUrl = "http://127.0.0.1:" + port;
        prometheus = new ProcessBuilder(PROMETHEUS.toString(),
                "--config.file=" + WORK_DIR.resolve("prometheus.yaml"),
                "--storage.tsdb.path=" + WORK_DIR.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(WORK_DIR.resolve("prometheus.log").toFile()).start();
    }

    @AfterAll
    void stopPrometheus() throws InterruptedException {
        if (prometheus != null) {
            prometheus.destroy();
            if (!prometheus.waitFor(10, TimeUnit.SECONDS)) {
                prometheus.destroyForcibly();
            }
        }
    }

    @Test
    void aStageNobodyRunsFiresItsNoConsumerAlertWhileTheRunningStagesAndTheHealthySystemStayQuiet() throws Exception {
        JsonNode rules = await("the absent stage's alerts firing and every running stage's inactive", this::rules,
                all -> stageRules(all, ABSENT_STAGE).stream().allMatch(rule -> "firing".equals(rule.path("state").asText()))
                        && RUNNING_STAGES.stream().flatMap(stage -> stageRules(all, stage).stream())
                        .allMatch(rule -> "inactive".equals(rule.path("state").asText())));

        List<String> problems = new ArrayList<>();
        for (JsonNode rule : alertingRules(rules)) {
            if (!"ok".equals(rule.path("health").asText())) {
                problems.add(rule.path("name").asText() + ": " + rule.path("lastError").asText());
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(2, stageRules(rules, ABSENT_STAGE).size(), "a rule per channel of the absent stage");
        RUNNING_STAGES.forEach(stage -> assertEquals(2, stageRules(rules, stage).size(), "rules of stage " + stage));
        for (String quiet : List.of("InterviewOutboxBacklog", "InterviewConsumerLag")) {
            alertingRules(rules).stream().filter(rule -> quiet.equals(rule.path("name").asText()))
                    .forEach(rule -> assertEquals("inactive", rule.path("state").asText(), rule.toString()));
        }

        // the series the rules select are there: every service's backlog age, and the lag of every consumer (over the
        // last minute, once every service is scraped: a busy JVM's first scrape may time out at the 1 s interval)
        awaitValue("a backlog age of every service",
                "count(last_over_time(interview_outbox_oldest_unpublished_seconds[1m]))", services.size());
        assertTrue(query("count(last_over_time(kafka_consumer_fetch_manager_records_lag_max{namespace=\"" + NAMESPACE
                + "\"}[1m]))") > 0);
        // the rules select this release's series by namespace and job: the backlog rule, its threshold left out, reads
        // one series per service the chart deploys, and none of the plug-in stage the chart was rendered without
        String backlogRule = alertingRules(rules).stream()
                .filter(rule -> "InterviewOutboxBacklog".equals(rule.path("name").asText()))
                .findFirst().orElseThrow().path("query").asText();
        String backlogPerService = "count(" + backlogRule.substring(0, backlogRule.lastIndexOf('>')).strip() + ")";
        awaitValue("the backlog rule's series, one per service of the chart", backlogPerService,
                ServiceSpec.defaults().size());
        // and every metric a rule reads is scraped from the services (the dead-letter counter only after a dead letter)
        Set<String> read = new TreeSet<>();
        alertingRules(rules).forEach(rule -> read.addAll(PromQuery.parse(rule.path("query").asText()).metrics()));
        assertTrue(read.contains("interview_stalled") && read.contains("interview_dead_letters_total"), "rules read " + read);
        List<String> unexposed = read.stream().filter(metric -> !DashboardMetricsTest.FAULT_ONLY_METRICS.containsKey(metric))
                .filter(metric -> query("count(last_over_time({__name__=\"" + metric + "\"}[1m])) or vector(0)") == 0)
                .toList();
        assertEquals(List.of(), unexposed, "metrics the rules read that no service exposes");
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The PrometheusRule's groups as a Prometheus rules file: {@code spec:}'s content, indented as a top level. */
    private static String renderedRuleGroups() throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(HELM), "no Helm at " + HELM + ": deploy's build fetches it");
        Path out = WORK_DIR.resolve("prometheusrule.yaml");
        Process helm = new ProcessBuilder(HELM.toString(), "template", "interview",
                LiveSystem.PROJECT_ROOT.resolve("deploy/helm/interview-system").toString(), "--namespace", NAMESPACE,
                "--show-only", "templates/prometheusrule.yaml",
                "--set", "metrics.prometheusRule.enabled=true",
                "--set", "metrics.prometheusRule.noConsumerFor=1s",
                "--set", "stages.extra[0].name=" + ABSENT_STAGE)
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(helm.waitFor(60, TimeUnit.SECONDS), "helm template did not finish");
        String manifest = Files.readString(out);
        assertEquals(0, helm.exitValue(), manifest);
        List<String> lines = manifest.lines().toList();
        int spec = lines.indexOf("spec:");
        assertTrue(spec >= 0, manifest);
        StringBuilder groups = new StringBuilder();
        lines.subList(spec + 1, lines.size()).forEach(line -> groups.append(line.substring(Math.min(2, line.length()))).append('\n'));
        return groups.toString();
    }

    /** One job per service, named and labelled as the Prometheus Operator names the chart's targets. */
    private String scrapeConfig() {
        StringBuilder config = new StringBuilder("""
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files:
                  - rules.yaml
                scrape_configs:
                """);
        for (ServiceProcess service : services) {
            URI url = URI.create(service.baseUrl());
            config.append("  - job_name: ").append(JOB_PREFIX).append(service.name()).append('\n')
                    .append("    metrics_path: /q/metrics\n")
                    .append("    static_configs:\n")
                    .append("      - targets: ['").append(url.getHost()).append(':').append(url.getPort()).append("']\n")
                    .append("        labels:\n")
                    .append("          namespace: ").append(NAMESPACE).append('\n');
        }
        return config.toString();
    }

    private JsonNode rules() {
        return get("/api/v1/rules?type=alert").map(body -> body.path("data").path("groups")).orElse(null);
    }

    private static List<JsonNode> alertingRules(JsonNode groups) {
        List<JsonNode> rules = new ArrayList<>();
        groups.forEach(group -> group.path("rules").forEach(rules::add));
        return rules;
    }

    private static List<JsonNode> stageRules(JsonNode groups, String stage) {
        return alertingRules(groups).stream()
                .filter(rule -> "InterviewStageWithoutConsumer".equals(rule.path("name").asText()))
                .filter(rule -> stage.equals(rule.path("labels").path("stage").asText()))
                .toList();
    }

    /** Waits until Prometheus answers {@code expression} with one sample of value {@code expected}. */
    private void awaitValue(String what, String expression, double expected) throws InterruptedException {
        await(what, () -> get("/api/v1/query?query=" + URLEncoder.encode(expression, StandardCharsets.UTF_8))
                        .map(body -> body.path("data").path("result")).orElse(null),
                result -> result.size() == 1 && result.get(0).path("value").get(1).asDouble() == expected);
    }

    private double query(String expression) {
        JsonNode result = get("/api/v1/query?query=" + URLEncoder.encode(expression, StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("Prometheus did not answer " + expression))
                .path("data").path("result");
        assertEquals(1, result.size(), expression + ": " + result);
        return result.get(0).path("value").get(1).asDouble();
    }

    /** The JSON answer of Prometheus' API at {@code path}, or empty while it is not up yet. */
    private Optional<JsonNode> get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(prometheusUrl + path))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(JSON.readTree(response.body())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode await(String what, Supplier<JsonNode> poll, Predicate<JsonNode> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = poll.get();
            if (last != null && done.test(last)) {
                return last;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        fail("no " + what + " within " + DEADLINE + "; last: " + last);
        return null;
    }
}
