package io.interviews.deploy.helm;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The chart's description of each service (consumed channels, their topics, the consumer group, the stage
 * name) matches the service's own configuration in its module, so KEDA watches the group and topics the
 * service really uses. Reads the sibling modules' sources; skipped where a module is not checked out.
 */
class ServiceConfigurationConsistencyTest {

    private static final Path PROJECT = Helm.MODULE_DIR.getParent();
    private static final Path SERVICE_KIT_DEFAULTS = PROJECT.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties");
    private static final Path STAGE_KIT_DEFAULTS = PROJECT.resolve("stage-kit/src/main/resources/META-INF/microprofile-config.properties");
    private static final Pattern CHANNEL_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
    /** A metric name in an alert's expression (label values use dashes, so never match). */
    private static final Pattern METRIC_NAME = Pattern.compile("\\b(?:interview|kafka)_[a-z_]+\\b");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    @TestFactory
    List<DynamicTest> everyServiceBlockMatchesTheServicesOwnConfiguration() {
        List<DynamicTest> tests = new ArrayList<>();
        ChartValues.services().forEach((service, block) -> tests.add(DynamicTest.dynamicTest(service,
                () -> assertMatches(service, block, productionConfig(service, block)))));
        return tests;
    }

    @TestFactory
    List<DynamicTest> anExtraStageJoinsTheGroupTheStageRunnerDerivesFromItsName() {
        return List.of(DynamicTest.dynamicTest("coding", () -> {
            assumeTrue(Files.isRegularFile(STAGE_KIT_DEFAULTS), "stage-kit not present");
            Map<String, String> config = new TreeMap<>(load(SERVICE_KIT_DEFAULTS));
            config.putAll(load(STAGE_KIT_DEFAULTS));
            config.put("interview.stage.name", "coding"); // what INTERVIEW_STAGE_NAME sets
            JsonNode defaults = ChartValues.defaults().path("stages").path("defaults");
            Map<String, String> channels = channels(config);
            assertEquals(ChartValues.channels(defaults), channels, "stages.defaults.consumes");
            channels.keySet().forEach(channel -> assertEquals("interviewer-coding", groupOf(config, channel),
                    "the chart's default groupId of an extra stage is interviewer-<name>"));
        }));
    }

    /**
     * Under %prod a credential has no default: it is exactly the variable the chart fills from a Secret, so a
     * service started without it refuses to start instead of trying a well-known password.
     */
    @TestFactory
    List<DynamicTest> noCredentialHasADefaultInProduction() {
        List<DynamicTest> tests = new ArrayList<>();
        ChartValues.services().forEach((service, block) -> tests.add(DynamicTest.dynamicTest(service, () -> {
            Map<String, String> config = productionConfig(service, block);
            Map<String, String> credentials = new TreeMap<>(Map.of("quarkus.datasource.password", "${INTERVIEW_DB_PASSWORD}"));
            if (block.has("recruiterKey")) {
                credentials.put("interview.gateway.recruiter-key", "${RECRUITER_KEY}");
            }
            if (block.has("sessionKey")) {
                credentials.put("quarkus.http.auth.session.encryption-key", "${INTERVIEW_GATEWAY_SESSION_KEY}");
            }
            if (requiresServiceApiKey(config) || callsServiceApis(config)) {
                credentials.put("interview.security.service-api-key", "${INTERVIEW_SERVICE_API_KEY}");
            }
            assertAll(service, credentials.entrySet().stream().map(credential -> (org.junit.jupiter.api.function.Executable)
                    () -> assertEquals(credential.getValue(), config.get(credential.getKey()), credential.getKey())));
        })));
        return tests;
    }

    /**
     * The chart gives the service API key to exactly the services that require it on their HTTP API and those that
     * call those APIs.
     */
    @Test
    void theServicesGivenTheServiceApiKeyAreTheOnesThatRequireOrSendIt() {
        Set<String> requiring = new TreeSet<>();
        Set<String> calling = new TreeSet<>();
        ChartValues.services().forEach((service, block) -> {
            Map<String, String> config = productionConfig(service, block);
            if (requiresServiceApiKey(config)) {
                requiring.add(service);
            }
            if (callsServiceApis(config)) {
                calling.add(service);
            }
        });
        Set<String> given = new TreeSet<>();
        ChartValues.defaults().path("serviceApiKey").path("services").forEach(service -> given.add(service.asText()));
        assertEquals(Set.of("offer-service", "scoring-service"), requiring);
        assertEquals(Set.of("gateway"), calling);
        Set<String> needing = new TreeSet<>(requiring);
        needing.addAll(calling);
        assertEquals(needing, given, "serviceApiKey.services");
    }

    @Test
    void theInstanceIdTheChartSetsIsTheOneTheServicesRead() throws IOException {
        assumeTrue(Files.isRegularFile(SERVICE_KIT_DEFAULTS), "service-kit not present");
        assertEquals("${INTERVIEW_KAFKA_INSTANCE_ID:}", load(SERVICE_KIT_DEFAULTS).get("interview.kafka.instance-id"));
    }

    @Test
    void theMetadataRecoveryTheChartSetsIsTheOneTheServicesReadAndDefaultsToKafkasOwn() throws IOException {
        assumeTrue(Files.isRegularFile(SERVICE_KIT_DEFAULTS), "service-kit not present");
        assertEquals("${INTERVIEW_KAFKA_METADATA_RECOVERY_STRATEGY:rebootstrap}",
                load(SERVICE_KIT_DEFAULTS).get("kafka.metadata.recovery.strategy"));
        assertEquals("rebootstrap", ChartValues.defaults().path("kafka").path("metadataRecoveryStrategy").asText());
    }

    /**
     * Each metric an alert watches is one a service registers (Micrometer name: dots for underscores, a counter with
     * {@code _total}, a gauge in seconds with {@code _seconds}), or a Kafka client metric the hiring dashboard shows
     * too: system-test's DashboardMetricsTest finds those in the running services' metrics.
     */
    @Test
    void theAlertsWatchMetricsTheServicesRegister() throws IOException {
        Path interviewMetrics = PROJECT.resolve("gateway/src/main/java/io/interviews/gateway/service/InterviewMetrics.java");
        Map<String, Path> registeredIn = Map.of(
                "interview.dead.letters", PROJECT.resolve("service-kit/src/main/java/io/interviews/kit/DeadLetterCount.java"),
                "interview.stalled", interviewMetrics,
                "interview.stalled.after.stages", interviewMetrics,
                "interview.outbox.oldest.unpublished", PROJECT.resolve("service-kit/src/main/java/io/interviews/kit/OutboxRelay.java"));
        Set<String> watched = new TreeSet<>();
        ValuesSet.ALL_ON.rendered().ofKind("PrometheusRule").get(0).path("spec").path("groups")
                .forEach(group -> group.path("rules").forEach(rule -> {
                    Matcher metric = METRIC_NAME.matcher(rule.path("expr").asText());
                    while (metric.find()) {
                        watched.add(metric.group());
                    }
                }));
        Set<String> expected = new TreeSet<>();
        registeredIn.keySet().forEach(name -> expected.add(name.replace('.', '_')));
        String hiringDashboard = Files.readString(PROJECT.resolve("deploy/grafana/hiring-dashboard.json"));
        watched.stream().filter(name -> name.startsWith("kafka_")).forEach(name -> {
            assertTrue(hiringDashboard.contains(name), name + " is on the hiring dashboard, so checked against live metrics");
            expected.add(name);
        });
        Set<String> watchedMeters = watched.stream().map(name -> name.replaceFirst("_(total|seconds)$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, watchedMeters);
        for (Map.Entry<String, Path> metric : registeredIn.entrySet()) {
            assumeTrue(Files.isRegularFile(metric.getValue()), metric.getValue() + " not present");
            assertTrue(watchedMeters.contains(metric.getKey().replace('.', '_')), metric.getKey() + " in the alert rules");
            assertTrue(Files.readString(metric.getValue()).contains('"' + metric.getKey() + '"'),
                    metric.getKey() + " registered in " + metric.getValue());
        }
    }

    /** A service's configuration as its container runs it: service-kit's, stage-kit's (interviewers), then its own. */
    private static Map<String, String> productionConfig(String service, JsonNode block) {
        Path properties = PROJECT.resolve(service).resolve("src/main/resources/application.properties");
        assumeTrue(Files.isRegularFile(properties), "module " + service + " not present");
        Map<String, String> config = new TreeMap<>(load(SERVICE_KIT_DEFAULTS)); // every service's Kafka defaults
        if (block.has("stage")) {
            assumeTrue(Files.isRegularFile(STAGE_KIT_DEFAULTS), "stage-kit not present");
            config.putAll(load(STAGE_KIT_DEFAULTS)); // interviewers run on stage-kit's defaults
        }
        config.putAll(load(properties));
        return config;
    }

    private static void assertMatches(String service, JsonNode block, Map<String, String> config) {
        Map<String, String> channels = channels(config);
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(ChartValues.channels(block), channels,
                "services." + service + ".consumes must list the channels and topics the service reads"));
        for (String channel : channels.keySet()) {
            checks.add(() -> assertEquals(block.path("groupId").asText(), groupOf(config, channel),
                    "services." + service + ".groupId vs the group of channel " + channel));
        }
        if (block.has("stage")) {
            checks.add(() -> assertEquals(block.path("stage").asText(), resolve(config, config.get("interview.stage.name")),
                    "services." + service + ".stage"));
        }
        assertAll(service, checks);
    }

    private static boolean requiresServiceApiKey(Map<String, String> config) {
        return Boolean.parseBoolean(config.get("interview.security.service-api-key-required"));
    }

    /** The gateway fetches the scoring and offer services' PDFs for recruiters. */
    private static boolean callsServiceApis(Map<String, String> config) {
        return config.containsKey("interview.gateway.scoring-url") || config.containsKey("interview.gateway.offer-url");
    }

    private static Map<String, String> channels(Map<String, String> config) {
        Map<String, String> channels = new TreeMap<>();
        config.forEach((key, value) -> {
            Matcher matcher = CHANNEL_TOPIC.matcher(key);
            if (matcher.matches()) {
                channels.put(matcher.group(1), resolve(config, value));
            }
        });
        return channels;
    }

    /** The channel's group.id, else the connector's (service-kit's default), else Quarkus's: the application name. */
    private static String groupOf(Map<String, String> config, String channel) {
        String group = config.getOrDefault("mp.messaging.incoming." + channel + ".group.id",
                config.getOrDefault("mp.messaging.connector.smallrye-kafka.group.id", "${quarkus.application.name}"));
        return resolve(config, group);
    }

    private static String resolve(Map<String, String> config, String value) {
        if (value == null) {
            return null;
        }
        String resolved = value;
        for (int depth = 0; depth < 10; depth++) {
            Matcher matcher = EXPRESSION.matcher(resolved);
            if (!matcher.find()) {
                return resolved;
            }
            StringBuilder out = new StringBuilder();
            do {
                String replacement = config.get(matcher.group(1));
                if (replacement == null) {
                    replacement = matcher.group(2) == null ? "" : matcher.group(2);
                }
                matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
            } while (matcher.find());
            matcher.appendTail(out);
            resolved = out.toString();
        }
        throw new IllegalStateException("expression nests too deep: " + value);
    }

    /** A properties file with the %prod profile applied (what a container runs with). */
    private static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new TreeMap<>();
        properties.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                .forEach(k -> config.put(k, properties.getProperty(k)));
        properties.stringPropertyNames().stream().filter(k -> k.startsWith("%prod."))
                .forEach(k -> config.put(k.substring("%prod.".length()), properties.getProperty(k)));
        return config;
    }
}
