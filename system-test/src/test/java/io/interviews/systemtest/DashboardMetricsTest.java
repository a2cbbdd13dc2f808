package io.interviews.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.infra.ServiceProcess;
import io.interviews.deploy.ops.Funnel;
import io.interviews.deploy.ops.FunnelMetrics;
import org.apache.kafka.clients.CommonClientConfigs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Grafana dashboards ({@code deploy/grafana/interview-system-dashboard.json} and {@code hiring-dashboard.json})
 * against what the running services really expose at {@code /q/metrics} after the module's interviews, and what the
 * deploy jar's funnel exporter ({@code funnel --metrics-port}) serves from the same topics: every metric a panel or
 * variable queries exists, every label it filters, groups or labels by exists on those metrics, and every literal
 * matcher selects a live series. So the dashboards cannot drift from the code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(LiveSystemExtension.class)
class DashboardMetricsTest {

    private static final Path DASHBOARDS = LiveSystem.PROJECT_ROOT.resolve("deploy/grafana");
    /** Added by Prometheus when it scrapes a pod, so never in a service's own output. */
    private static final Set<String> TARGET_LABELS = Set.of("job", "namespace", "instance", "pod");
    /** Matchers that select series only after a fault (a redelivery, a server error): none in a healthy run. */
    private static final Set<String> FAULT_ONLY_MATCHERS = Set.of("delivery=\"duplicate\"", "status=~\"5..\"");
    /**
     * Metrics no service exposes before a fault, with the labels they then carry: a dead letter (none in a healthy
     * run) registers {@code interview_dead_letters_total} (service-kit's {@code DeadLetterCount}; its labels are
     * asserted by service-kit's {@code TypedConsumptionTest}).
     */
    static final Map<String, Set<String>> FAULT_ONLY_METRICS = Map.of(
            "interview_dead_letters_total", Set.of("consumer", "topic", "reason"));
    /** What each dashboard must show, at least. */
    private static final Map<String, Set<String>> MUST_SHOW = Map.of(
            "interview-system-dashboard.json", Set.of("interview_events_published_total",
                    "interview_events_consumed_total", "kafka_producer_record_send_total",
                    "kafka_consumer_fetch_manager_records_lag_max", "http_server_requests_seconds_count",
                    "jvm_memory_used_bytes"),
            "hiring-dashboard.json", Set.of("interview_funnel_started", "interview_funnel_in_stage",
                    "interview_funnel_scored", "interview_funnel_sent_to_review", "interview_funnel_offers_sent",
                    "interview_funnel_offers_accepted", "interview_funnel_stalled",
                    "interview_funnel_stage_duration_seconds", "interview_stalled",
                    "interview_stage_duration_seconds_bucket", "interview_outbox_oldest_unpublished_seconds",
                    "kafka_consumer_fetch_manager_records_lag_max", "kafka_consumer_coordinator_assigned_partitions",
                    "kafka_producer_record_send_total"));
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][\\w:]*)(?:\\{(.*)})?\\s+\\S+.*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_]\\w*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Map<String, List<Map<String, String>>> liveSeries = new HashMap<>();
    private final Map<String, String> exposition = new LinkedHashMap<>();
    private LiveSystem system;

    @BeforeAll
    void scrapeEveryServiceAfterTheModulesInterviews(LiveSystem system) throws Exception {
        this.system = system;
        system.allOutcomes();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (ServiceProcess service : system.stack().services()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), service.name() + " /q/metrics");
            record(service.name(), response.body());
        }
        Properties kafka = new Properties();
        kafka.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, system.stack().kafkaBootstrapServers());
        try (FunnelMetrics funnel = FunnelMetrics.serve(0, () -> Funnel.read(kafka, Instant.now().minus(Duration.ofDays(1)),
                Funnel.StallRules.GATEWAY_DEFAULTS, Duration.ofSeconds(30)), Duration.ofHours(1), new PrintWriter(System.err, true))) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + funnel.port()
                    + "/metrics")).timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), "funnel exporter /metrics");
            record("funnel exporter", response.body());
        }
    }

    private void record(String source, String metrics) {
        exposition.put(source, metrics);
        metrics.lines().map(SAMPLE::matcher).filter(Matcher::matches).forEach(sample ->
                liveSeries.computeIfAbsent(sample.group(1), name -> new ArrayList<>()).add(labels(sample.group(2))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"interview-system-dashboard.json", "hiring-dashboard.json"})
    void everyMetricLabelAndMatcherTheDashboardQueriesExistsInTheLiveMetrics(String file) throws IOException {
        JsonNode dashboard = dashboard(file);
        Set<String> queried = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Query query : queries(dashboard)) {
            PromQuery parsed = PromQuery.parse(query.expression());
            assertFalse(parsed.metrics().isEmpty(), query.where() + ": no metric in " + query.expression());
            queried.addAll(parsed.metrics());
            parsed.metrics().stream()
                    .filter(metric -> !liveSeries.containsKey(metric) && !FAULT_ONLY_METRICS.containsKey(metric))
                    .forEach(metric -> problems.add(query.where() + ": no service exposes " + metric));
            Set<String> labels = new TreeSet<>(parsed.labels());
            labels.addAll(PromQuery.legendLabels(query.legend()));
            labels.stream()
                    .filter(label -> !TARGET_LABELS.contains(label))
                    .filter(label -> parsed.metrics().stream().noneMatch(metric -> hasLabel(metric, label)))
                    .forEach(label -> problems.add(query.where() + ": no series of " + parsed.metrics() + " has label " + label));
            parsed.matchers().stream()
                    .filter(matcher -> !matcher.usesVariable() && !FAULT_ONLY_MATCHERS.contains(matcher.toString()))
                    .filter(matcher -> parsed.metrics().stream().map(this::series).flatMap(List::stream)
                            .noneMatch(series -> matcher.matches(series.get(matcher.label()))))
                    .forEach(matcher -> problems.add(query.where() + ": " + matcher + " selects no live series of " + parsed.metrics()));
        }
        assertEquals(List.of(), problems);
        assertTrue(queried.containsAll(MUST_SHOW.get(file)), file + " shows " + queried);
    }

    @ParameterizedTest
    @ValueSource(strings = {"interview-system-dashboard.json", "hiring-dashboard.json"})
    void everyPanelReadsFromTheChosenPrometheusDataSource(String file) throws IOException {
        JsonNode dashboard = dashboard(file);
        JsonNode variable = variables(dashboard).stream().filter(v -> "datasource".equals(v.path("type").asText())).findFirst().orElseThrow();
        assertEquals("prometheus", variable.path("query").asText());
        String chosen = "${" + variable.path("name").asText() + "}";
        List<JsonNode> panels = panels(dashboard.path("panels")).stream().filter(panel -> panel.has("targets")).toList();
        assertFalse(panels.isEmpty());
        for (JsonNode panel : panels) {
            assertEquals(chosen, panel.path("datasource").path("uid").asText(), panel.path("title").asText());
            panel.path("targets").forEach(target ->
                    assertEquals(chosen, target.path("datasource").path("uid").asText(), panel.path("title").asText()));
        }
    }

    @Test
    void noMetricCarriesAnInterviewOrACandidate() {
        for (LiveSystem.Outcome outcome : system.allOutcomes()) {
            JsonNode candidate = outcome.recruiterView().path("candidate");
            List<String> personal = List.of(outcome.interviewId(), candidate.path("name").asText(), candidate.path("email").asText());
            exposition.forEach((service, text) -> personal.forEach(value ->
                    assertFalse(text.contains(value), service + " /q/metrics mentions " + value)));
        }
    }

    private record Query(String where, String expression, String legend) {
    }

    private static JsonNode dashboard(String file) throws IOException {
        return new ObjectMapper().readTree(DASHBOARDS.resolve(file).toFile());
    }

    private static List<Query> queries(JsonNode dashboard) {
        List<Query> queries = new ArrayList<>();
        for (JsonNode variable : variables(dashboard)) {
            if ("query".equals(variable.path("type").asText())) {
                JsonNode query = variable.path("query");
                queries.add(new Query("variable " + variable.path("name").asText(),
                        query.isTextual() ? query.asText() : query.path("query").asText(), null));
            }
        }
        for (JsonNode panel : panels(dashboard.path("panels"))) {
            panel.path("targets").forEach(target -> queries.add(new Query(
                    "panel '" + panel.path("title").asText() + "' " + target.path("refId").asText(),
                    target.path("expr").asText(), target.path("legendFormat").asText(null))));
        }
        assertFalse(queries.isEmpty(), "no queries in " + dashboard.path("title").asText());
        return queries;
    }

    private static List<JsonNode> variables(JsonNode dashboard) {
        List<JsonNode> variables = new ArrayList<>();
        dashboard.path("templating").path("list").forEach(variables::add);
        return variables;
    }

    /** Panels, including those folded into collapsed rows. */
    private static List<JsonNode> panels(JsonNode list) {
        List<JsonNode> panels = new ArrayList<>();
        list.forEach(panel -> {
            panels.add(panel);
            panels.addAll(panels(panel.path("panels")));
        });
        return panels;
    }

    private boolean hasLabel(String metric, String label) {
        return FAULT_ONLY_METRICS.getOrDefault(metric, Set.of()).contains(label)
                || series(metric).stream().anyMatch(series -> series.containsKey(label));
    }

    private List<Map<String, String>> series(String metric) {
        return liveSeries.getOrDefault(metric, List.of());
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new HashMap<>();
        if (text != null) {
            Matcher label = LABEL.matcher(text);
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return labels;
    }
}
