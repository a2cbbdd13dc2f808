package io.interviews.deploy.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.interviews.deploy.helm.RenderedChart.EnvValue;
import io.interviews.deploy.infra.ServiceProcess;
import io.interviews.deploy.stack.ServiceSpec;
import io.interviews.events.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders deploy/helm/interview-system with the real Helm binary and checks what a cluster would get:
 * per-service Deployments, probes, resources, configuration and secrets; KEDA, Strimzi and Prometheus
 * objects (alert rules included); static Kafka membership and the shutdown settings; the plug-in stage.
 */
class InterviewSystemChartTest {

    private static final Set<String> BUILT_IN_SERVICES = Set.of("gateway", "interviewer-tech", "interviewer-hr",
            "interviewer-boss", "scoring-service", "offer-service");
    private static final String CODING_STAGE = "interviewer-coding";

    // --- the chart as a whole ---------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(ValuesSet.class)
    void helmLintAcceptsTheChart(ValuesSet values) {
        List<String> command = new ArrayList<>(List.of("lint", "--strict", Helm.CHART.toString()));
        command.addAll(values.helmArgs());
        Helm.Result lint = Helm.run(command).assertSucceeded();
        assertTrue(lint.stdout().contains("0 chart(s) failed"), lint.stdout());
    }

    @ParameterizedTest
    @EnumSource(ValuesSet.class)
    void everyServiceGetsADeploymentServiceAndConfigMap(ValuesSet values) {
        RenderedChart chart = values.rendered();
        Set<String> expected = new TreeSet<>(BUILT_IN_SERVICES);
        if (values == ValuesSet.ALL_ON) {
            expected.add(CODING_STAGE);
        }
        assertAll(
                () -> assertEquals(expected, components(chart.ofKind("Deployment"))),
                () -> assertEquals(expected, components(chart.ofKind("Service"))),
                () -> assertEquals(expected, components(chart.ofKind("ConfigMap"))));
    }

    @Test
    void defaultsRenderNoKedaStrimziOrServiceMonitorObjects() {
        Set<String> kinds = kinds(ValuesSet.DEFAULTS.rendered());
        assertEquals(Set.of("Deployment", "Service", "ConfigMap", "Secret", "ServiceAccount"), kinds);
    }

    @Test
    void allOptionsOnRenderEveryOptionalObject() {
        Set<String> kinds = kinds(ValuesSet.ALL_ON.rendered());
        assertTrue(kinds.containsAll(Set.of("ScaledObject", "KafkaTopic", "ServiceMonitor", "PrometheusRule", "Ingress",
                "PodDisruptionBudget")), "rendered kinds: " + kinds);
    }

    // --- pods -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(ValuesSet.class)
    void everyServiceIsProbedOnQuarkusHealthEndpoints(ValuesSet values) {
        values.rendered().deploymentsByService().forEach((service, deployment) -> {
            JsonNode container = RenderedChart.container(deployment);
            assertAll(service,
                    () -> assertProbe(container, "startupProbe", "/q/health/started"),
                    () -> assertProbe(container, "livenessProbe", "/q/health/live"),
                    () -> assertProbe(container, "readinessProbe", "/q/health/ready"),
                    () -> assertEquals(8080, httpPort(container), "container port named http"),
                    () -> assertEquals("8080", values.rendered().environment(deployment).get("QUARKUS_HTTP_PORT").value()));
        });
    }

    @ParameterizedTest
    @EnumSource(ValuesSet.class)
    void everyServiceRequestsCpuAndMemoryAndHasAMemoryLimit(ValuesSet values) {
        values.rendered().deploymentsByService().forEach((service, deployment) -> {
            JsonNode resources = RenderedChart.container(deployment).path("resources");
            assertAll(service,
                    () -> assertFalse(resources.path("requests").path("cpu").asText().isBlank(), "cpu request"),
                    () -> assertFalse(resources.path("requests").path("memory").asText().isBlank(), "memory request"),
                    () -> assertFalse(resources.path("limits").path("memory").asText().isBlank(), "memory limit"));
        });
    }

    @ParameterizedTest
    @EnumSource(ValuesSet.class)
    void everyServiceReadsKafkaAndTheDatabaseFromTheChartsSettings(ValuesSet values) {
        RenderedChart chart = values.rendered();
        JsonNode settings = values == ValuesSet.ALL_ON ? ChartValues.allOn() : ChartValues.defaults();
        String bootstrap = settings.path("kafka").path("bootstrapServers").asText();
        String url = settings.path("postgresql").path("url").asText();
        assertFalse(bootstrap.isBlank());
        chart.deploymentsByService().forEach((service, deployment) -> {
            Map<String, EnvValue> env = chart.environment(deployment);
            assertAll(service,
                    () -> assertEquals(bootstrap, valueOf(env, "KAFKA_BOOTSTRAP_SERVERS")),
                    () -> assertEquals(settings.path("kafka").path("metadataRecoveryStrategy").asText(),
                            valueOf(env, "INTERVIEW_KAFKA_METADATA_RECOVERY_STRATEGY")),
                    () -> assertEquals(url, valueOf(env, "INTERVIEW_DB_URL")),
                    () -> assertTrue(url.startsWith("jdbc:postgresql://"), url),
                    () -> assertTrue(env.containsKey("INTERVIEW_DB_USER"), "INTERVIEW_DB_USER"),
                    () -> assertSecretReference(chart, env, "INTERVIEW_DB_PASSWORD"));
        });
    }

    @Test
    void gatewayGetsTheRecruiterAndSessionKeysAndInterviewersTheirStageBrainAndLlmKeyFromSecrets() {
        RenderedChart chart = ValuesSet.DEFAULTS.rendered();
        Map<String, JsonNode> deployments = chart.deploymentsByService();
        Map<String, EnvValue> gateway = chart.environment(deployments.get("gateway"));
        assertSecretReference(chart, gateway, "RECRUITER_KEY");
        assertSecretReference(chart, gateway, "INTERVIEW_GATEWAY_SESSION_KEY");
        assertEquals("http://interview-interview-system-scoring-service:8080", valueOf(gateway, "INTERVIEW_GATEWAY_SCORING_URL"));
        assertEquals("http://interview-interview-system-offer-service:8080", valueOf(gateway, "INTERVIEW_GATEWAY_OFFER_URL"));
        for (String stage : List.of("tech", "hr", "boss")) {
            Map<String, EnvValue> env = chart.environment(deployments.get("interviewer-" + stage));
            assertAll(stage,
                    () -> assertEquals(stage, valueOf(env, "INTERVIEW_STAGE_NAME")),
                    () -> assertEquals("rubric", valueOf(env, "INTERVIEW_BRAIN")),
                    () -> assertSecretReference(chart, env, "QUARKUS_LANGCHAIN4J_OPENAI_API_KEY"));
        }
        assertEquals("60", valueOf(chart.environment(deployments.get("offer-service")), "INTERVIEW_OFFER_THRESHOLD"));
    }

    @ParameterizedTest
    @EnumSource(ValuesSet.class)
    void theScoringAndOfferServicesAndTheGatewayAloneGetTheServiceApiKeyFromASecret(ValuesSet values) {
        RenderedChart chart = values.rendered();
        chart.deploymentsByService().forEach((service, deployment) -> {
            Map<String, EnvValue> env = chart.environment(deployment);
            if (Set.of("scoring-service", "offer-service", "gateway").contains(service)) {
                assertSecretReference(chart, env, "INTERVIEW_SERVICE_API_KEY");
            } else {
                assertFalse(env.containsKey("INTERVIEW_SERVICE_API_KEY"), service + " calls neither API");
            }
        });
    }

    @Test
    void changingOneServicesConfigurationRollsOnlyThatServicesPods() {
        RenderedChart before = ValuesSet.DEFAULTS.rendered();
        RenderedChart after = Helm.template("--set-string", "services.offer-service.env.INTERVIEW_COMPANY_NAME=Example Corp");
        before.deploymentsByService().forEach((service, deployment) -> {
            String old = configChecksum(deployment);
            String now = configChecksum(after.deploymentsByService().get(service));
            if (service.equals("offer-service")) {
                assertNotEquals(old, now, "offer-service's pods must roll when its ConfigMap changes");
            } else {
                assertEquals(old, now, service + "'s pods must not roll");
            }
        });
    }

    // --- secrets ----------------------------------------------------------------------------------------------

    @Test
    void noSecretHoldsARealValueByDefault() {
        List<JsonNode> secrets = ValuesSet.DEFAULTS.rendered().ofKind("Secret");
        assertEquals(BUILT_IN_SERVICES, new HashSet<>(components(secrets)), "one Secret per service");
        for (JsonNode secret : secrets) {
            assertTrue(secret.path("stringData").isMissingNode(), RenderedChart.name(secret) + " has stringData");
            assertTrue(secret.path("data").size() > 0, RenderedChart.name(secret) + " holds no key at all");
            secret.path("data").fields().forEachRemaining(entry -> assertEquals("", decode(entry.getValue().asText()),
                    RenderedChart.name(secret) + " holds a value for " + entry.getKey()));
        }
    }

    @Test
    void theValuesFilesShipNoCredential() {
        for (JsonNode values : List.of(ChartValues.defaults(), ChartValues.allOn())) {
            assertAll(
                    () -> assertEquals("", values.path("postgresql").path("password").asText("")),
                    () -> assertEquals("", values.path("interviewers").path("openai").path("apiKey").asText("")),
                    () -> assertEquals("", values.path("services").path("gateway").path("recruiterKey").path("value").asText("")),
                    () -> assertEquals("", values.path("services").path("gateway").path("sessionKey").path("value").asText("")),
                    () -> assertEquals("", values.path("serviceApiKey").path("value").asText("")));
        }
    }

    @Test
    void theInvitationLinksPointAtTheIngressHostUnlessThePublicUrlIsGiven() {
        assertEquals(new EnvValue("https://interview.example.com", null, null),
                publicUrl(ValuesSet.ALL_ON.rendered()), "the all-on example's Ingress host, with TLS");
        assertEquals(new EnvValue("https://jobs.example.com/talk", null, null),
                publicUrl(Helm.template("--set-string", "services.gateway.publicUrl=https://jobs.example.com/talk")));
        assertNull(publicUrl(Helm.template()), "no Ingress: unset, the gateway's own default");
    }

    private static EnvValue publicUrl(RenderedChart chart) {
        return chart.environment(chart.deploymentsByService().get("gateway")).get("INTERVIEW_GATEWAY_PUBLIC_URL");
    }

    @Test
    void existingSecretsReplaceTheChartsOwnSecrets() {
        RenderedChart chart = ValuesSet.ALL_ON.rendered();
        assertEquals(List.of(), chart.ofKind("Secret").stream().map(RenderedChart::name).toList(),
                "every secret comes from an existing Secret, so the chart creates none");
        Map<String, EnvValue> gateway = chart.environment(chart.deploymentsByService().get("gateway"));
        Map<String, EnvValue> coding = chart.environment(chart.deploymentsByService().get(CODING_STAGE));
        Map<String, EnvValue> scoring = chart.environment(chart.deploymentsByService().get("scoring-service"));
        assertAll(
                () -> assertEquals(new EnvValue(null, "interview-service-api-key", "api-key"), scoring.get("INTERVIEW_SERVICE_API_KEY")),
                () -> assertEquals(new EnvValue(null, "interview-db-app", "password"), gateway.get("INTERVIEW_DB_PASSWORD")),
                () -> assertEquals(new EnvValue(null, "interview-db-app", "username"), gateway.get("INTERVIEW_DB_USER")),
                () -> assertEquals(new EnvValue(null, "interview-recruiter", "recruiter-key"), gateway.get("RECRUITER_KEY")),
                () -> assertEquals(new EnvValue(null, "interview-recruiter", "session-key"), gateway.get("INTERVIEW_GATEWAY_SESSION_KEY")),
                () -> assertEquals(new EnvValue(null, "interview-service-api-key", "api-key"), gateway.get("INTERVIEW_SERVICE_API_KEY")),
                () -> assertEquals(new EnvValue(null, "interview-llm", "api-key"), coding.get("QUARKUS_LANGCHAIN4J_OPENAI_API_KEY")));
    }

    @Test
    void secretsGivenAtInstallStayInSecretsAndOutOfConfigMaps() {
        String password = "db-pass-given-at-install";
        String recruiterKey = "recruiter-key-given-at-install";
        String apiKey = "sk-given-at-install";
        String serviceApiKey = "service-api-key-given-at-install";
        RenderedChart chart = Helm.template("--set-string", "postgresql.password=" + password,
                "--set-string", "services.gateway.recruiterKey.value=" + recruiterKey,
                "--set-string", "interviewers.openai.apiKey=" + apiKey,
                "--set-string", "serviceApiKey.value=" + serviceApiKey);
        JsonNode gatewaySecret = chart.get("Secret", "interview-interview-system-gateway");
        JsonNode techSecret = chart.get("Secret", "interview-interview-system-interviewer-tech");
        JsonNode scoringSecret = chart.get("Secret", "interview-interview-system-scoring-service");
        JsonNode offerSecret = chart.get("Secret", "interview-interview-system-offer-service");
        assertAll(
                () -> assertEquals(password, decode(gatewaySecret.path("data").path("INTERVIEW_DB_PASSWORD").asText())),
                () -> assertEquals(recruiterKey, decode(gatewaySecret.path("data").path("RECRUITER_KEY").asText())),
                () -> assertEquals(apiKey, decode(techSecret.path("data").path("QUARKUS_LANGCHAIN4J_OPENAI_API_KEY").asText())),
                () -> assertEquals(serviceApiKey, decode(scoringSecret.path("data").path("INTERVIEW_SERVICE_API_KEY").asText())),
                () -> assertEquals(serviceApiKey, decode(offerSecret.path("data").path("INTERVIEW_SERVICE_API_KEY").asText())),
                () -> assertEquals(serviceApiKey, decode(gatewaySecret.path("data").path("INTERVIEW_SERVICE_API_KEY").asText()),
                        "the gateway fetches the PDFs from both"));
        String plain = chart.all().stream().filter(m -> !m.path("kind").asText().equals("Secret"))
                .map(JsonNode::toString).collect(Collectors.joining("\n"));
        for (String secret : List.of(password, recruiterKey, apiKey, serviceApiKey)) {
            assertFalse(plain.contains(secret), "a secret value leaked out of the Secrets: " + secret);
        }
    }

    // --- KEDA -------------------------------------------------------------------------------------------------

    @Test
    void kedaWatchesTheConsumerGroupAndTopicsEachServiceUses() {
        RenderedChart chart = ValuesSet.ALL_ON.rendered();
        Map<String, JsonNode> deployments = chart.deploymentsByService();
        Map<String, String> expectedGroup = new LinkedHashMap<>();
        Map<String, Set<String>> expectedTopics = new LinkedHashMap<>();
        ChartValues.services().forEach((service, block) -> {
            expectedGroup.put(service, block.path("groupId").asText());
            expectedTopics.put(service, ChartValues.consumedTopics(block));
        });
        expectedGroup.put(CODING_STAGE, CODING_STAGE);
        expectedTopics.put(CODING_STAGE, ChartValues.consumedTopics(ChartValues.defaults().path("stages").path("defaults")));

        List<JsonNode> scaledObjects = chart.ofKind("ScaledObject");
        Set<String> scaled = new TreeSet<>();
        for (JsonNode scaledObject : scaledObjects) {
            String target = scaledObject.path("spec").path("scaleTargetRef").path("name").asText();
            JsonNode deployment = chart.get("Deployment", target);
            String service = RenderedChart.component(deployment);
            scaled.add(service);
            String group = expectedGroup.get(service);
            assertNotNull(group, "no group id configured for " + service);
            Set<String> triggerTopics = new TreeSet<>();
            for (JsonNode trigger : scaledObject.path("spec").path("triggers")) {
                assertEquals("kafka", trigger.path("type").asText());
                assertEquals(group, trigger.path("metadata").path("consumerGroup").asText(),
                        service + ": KEDA must watch the group the service is configured with");
                triggerTopics.add(trigger.path("metadata").path("topic").asText());
            }
            assertEquals(new TreeSet<>(expectedTopics.get(service)), triggerTopics, service + ": watched topics");
            // the group KEDA watches is the group the service's channels really join
            Map<String, String> channelGroups = chart.environment(deployment).entrySet().stream()
                    .filter(e -> e.getKey().startsWith("MP_MESSAGING_INCOMING_") && e.getKey().endsWith("_GROUP_ID"))
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value()));
            assertFalse(channelGroups.isEmpty(), service + " sets no channel group id");
            channelGroups.forEach((variable, value) -> assertEquals(group, value, service + " " + variable));
        }
        Set<String> expectedScaled = new TreeSet<>(deployments.keySet());
        expectedScaled.remove("gateway"); // values-all-on turns KEDA off for the HTTP-facing gateway
        assertEquals(expectedScaled, scaled);
    }

    @Test
    void aChangedGroupIdMovesTheServiceAndKedaTogether() {
        // by default every group id equals its service name; a different one shows which value is used where
        RenderedChart chart = Helm.template("--set", "keda.enabled=true",
                "--set", "services.scoring-service.groupId=scoring-v2",
                "--set", "stages.extra[0].name=coding", "--set", "stages.extra[0].groupId=coding-stage");
        for (String service : List.of("scoring-service", CODING_STAGE)) {
            String expected = service.equals(CODING_STAGE) ? "coding-stage" : "scoring-v2";
            JsonNode scaledObject = chart.get("ScaledObject", "interview-interview-system-" + service);
            Map<String, EnvValue> env = chart.environment(chart.deploymentsByService().get(service));
            assertAll(service,
                    () -> scaledObject.path("spec").path("triggers").forEach(trigger ->
                            assertEquals(expected, trigger.path("metadata").path("consumerGroup").asText())),
                    () -> assertEquals(expected, valueOf(env, "MP_MESSAGING_INCOMING_STAGE_COMPLETED_GROUP_ID")));
        }
    }

    @Test
    void kedaOwnsTheReplicaCountOfTheDeploymentsItScales() {
        RenderedChart chart = ValuesSet.ALL_ON.rendered();
        Set<String> scaledTargets = chart.ofKind("ScaledObject").stream()
                .map(so -> so.path("spec").path("scaleTargetRef").path("name").asText()).collect(Collectors.toSet());
        for (JsonNode deployment : chart.ofKind("Deployment")) {
            boolean scaled = scaledTargets.contains(RenderedChart.name(deployment));
            assertEquals(!scaled, deployment.path("spec").has("replicas"), RenderedChart.name(deployment));
        }
        assertEquals(2, chart.deploymentsByService().get("gateway").path("spec").path("replicas").asInt());
        JsonNode coding = chart.get("ScaledObject", "interview-interview-system-" + CODING_STAGE);
        assertEquals(0, coding.path("spec").path("minReplicaCount").asInt(), "a stage's keda override applies");
    }

    // --- Strimzi topics ---------------------------------------------------------------------------------------

    @Test
    void strimziTopicsDefaultToThreeReplicasAndTwoInSyncReplicas() {
        RenderedChart chart = Helm.template("--set", "topics.create=true");
        List<JsonNode> topics = chart.ofKind("KafkaTopic");
        assertEquals(new TreeSet<>(Topics.ALL),
                topics.stream().map(t -> t.path("spec").path("topicName").asText()).collect(Collectors.toCollection(TreeSet::new)),
                "a KafkaTopic for every topic of the event contract");
        for (JsonNode topic : topics) {
            String name = topic.path("spec").path("topicName").asText();
            assertAll(name,
                    () -> assertEquals(3, topic.path("spec").path("replicas").asInt()),
                    () -> assertEquals(2, topic.path("spec").path("config").path("min.insync.replicas").asInt()),
                    () -> assertEquals(1048588, topic.path("spec").path("config").path("max.message.bytes").asInt(),
                            "above the services' event budget (interview.outbox.max-event-size)"),
                    () -> assertTrue(topic.path("spec").path("partitions").asInt() >= 1),
                    () -> assertEquals("kafka", topic.path("metadata").path("labels").path("strimzi.io/cluster").asText()),
                    () -> assertEquals("keep", topic.path("metadata").path("annotations").path("helm.sh/resource-policy").asText(),
                            "helm uninstall must not delete the topics and the interviews in them"));
        }
    }

    // --- plug-in stages ---------------------------------------------------------------------------------------

    @Test
    void anExtraStageRunsTheStageRunnerUnderItsOwnName() {
        RenderedChart chart = ValuesSet.ALL_ON.rendered();
        JsonNode deployment = chart.deploymentsByService().get(CODING_STAGE);
        assertNotNull(deployment, "values-all-on's extra stage `coding` renders a Deployment");
        Map<String, EnvValue> env = chart.environment(deployment);
        JsonNode container = RenderedChart.container(deployment);
        JsonNode bankMount = null;
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("name").asText().equals("stage-bank")) {
                bankMount = mount;
            }
        }
        JsonNode mount = bankMount;
        assertAll(
                () -> assertEquals("coding", valueOf(env, "INTERVIEW_STAGE_NAME")),
                // fixed at build time: set at runtime it would only log a warning at every start
                () -> assertFalse(env.containsKey("QUARKUS_APPLICATION_NAME"), "no runtime application name"),
                () -> assertEquals(CODING_STAGE, valueOf(env, "MP_MESSAGING_INCOMING_STAGE_COMPLETED_GROUP_ID")),
                () -> assertEquals(CODING_STAGE, valueOf(env, "MP_MESSAGING_INCOMING_ANSWERS_GROUP_ID")),
                () -> assertTrue(container.path("image").asText().contains("interview/interviewer-tech:"),
                        "the stage runner image: " + container.path("image").asText()),
                () -> assertNotNull(mount, "the question bank ConfigMap is mounted"),
                () -> assertEquals(mount.path("mountPath").asText(), valueOf(env, "INTERVIEW_STAGE_BANK_DIR")),
                () -> assertSecretReference(chart, env, "QUARKUS_LANGCHAIN4J_OPENAI_API_KEY"),
                () -> assertProbe(container, "startupProbe", "/q/health/started"));
    }

    @Test
    void anExtraStageMayNotTakeOverABuiltInStage() {
        // an extra stage named tech would be a second interviewer-tech
        Helm.templateRefused("already deployed", "--set", "stages.extra[0].name=tech");
    }

    // --- metrics ----------------------------------------------------------------------------------------------

    @Test
    void prometheusScrapesQuarkusMetrics() {
        for (JsonNode deployment : ValuesSet.DEFAULTS.rendered().ofKind("Deployment")) {
            JsonNode annotations = deployment.path("spec").path("template").path("metadata").path("annotations");
            assertAll(RenderedChart.name(deployment),
                    () -> assertEquals("true", annotations.path("prometheus.io/scrape").asText()),
                    () -> assertEquals("/q/metrics", annotations.path("prometheus.io/path").asText()),
                    () -> assertEquals("8080", annotations.path("prometheus.io/port").asText()));
        }
        RenderedChart chart = ValuesSet.ALL_ON.rendered();
        JsonNode monitor = chart.ofKind("ServiceMonitor").get(0);
        JsonNode endpoint = monitor.path("spec").path("endpoints").get(0);
        assertEquals("/q/metrics", endpoint.path("path").asText());
        assertEquals("http", endpoint.path("port").asText());
        JsonNode selector = monitor.path("spec").path("selector").path("matchLabels");
        for (JsonNode service : chart.ofKind("Service")) {
            JsonNode labels = service.path("metadata").path("labels");
            selector.fields().forEachRemaining(label -> assertEquals(label.getValue().asText(),
                    labels.path(label.getKey()).asText(), "the ServiceMonitor selects " + RenderedChart.name(service)));
        }
    }

    @Test
    void thePrometheusRuleAlertsOnDeadLettersStallsBacklogsLagAndStagesWithoutConsumers() {
        RenderedChart chart = ValuesSet.ALL_ON.rendered();
        JsonNode rule = chart.ofKind("PrometheusRule").get(0);
        assertEquals("kube-prometheus-stack", rule.path("metadata").path("labels").path("release").asText());
        Map<String, JsonNode> alerts = new LinkedHashMap<>();
        rule.path("spec").path("groups").get(0).path("rules").forEach(alert -> alerts.put(alert.path("alert").asText(), alert));
        assertEquals(List.of("InterviewDeadLetters", "InterviewsStalled", "InterviewLettersStalled",
                "InterviewOutboxBacklog", "InterviewConsumerLag", "InterviewStageWithoutConsumer"), List.copyOf(alerts.keySet()));
        // one per channel of each interviewer stage, but none for coding: KEDA may scale it to zero
        List<String> watchedStageChannels = new ArrayList<>();
        rule.path("spec").path("groups").get(0).path("rules").forEach(alert -> {
            if ("InterviewStageWithoutConsumer".equals(alert.path("alert").asText())) {
                watchedStageChannels.add(alert.path("labels").path("stage").asText() + "/"
                        + alert.path("labels").path("channel").asText());
            }
        });
        // this release's series only, so that two releases (in one namespace or two) do not alert on each other's
        List<String> jobs = chart.deploymentsByService().keySet().stream()
                .map(service -> "interview-interview-system-" + service).sorted().toList();
        String release = "{namespace=\"recruiting\", job=~\"" + String.join("|", jobs) + "\"}";
        assertAll(
                () -> assertEquals("sum by (consumer, topic) (increase(interview_dead_letters_total" + release + "[15m])) > 0",
                        alerts.get("InterviewDeadLetters").path("expr").asText()),
                () -> assertEquals("{{ $labels.consumer }} wrote records from {{ $labels.topic }} to interview.dead-letters",
                        alerts.get("InterviewDeadLetters").path("annotations").path("summary").asText()),
                () -> assertEquals("max by (stage) (interview_stalled" + release + ") > 0",
                        alerts.get("InterviewsStalled").path("expr").asText()),
                () -> assertEquals("5m", alerts.get("InterviewsStalled").path("for").asText()),
                () -> assertEquals("max by (status) (interview_stalled_after_stages" + release + ") > 0",
                        alerts.get("InterviewLettersStalled").path("expr").asText()),
                () -> assertEquals("max by (namespace, job) (interview_outbox_oldest_unpublished_seconds" + release
                        + ") > 60", alerts.get("InterviewOutboxBacklog").path("expr").asText()),
                () -> assertEquals(List.of("boss/stage-completed", "boss/answers", "hr/stage-completed", "hr/answers",
                        "tech/stage-completed", "tech/answers"), watchedStageChannels),
                () -> alerts.values().forEach(alert ->
                        assertEquals("warning", alert.path("labels").path("severity").asText())));
    }

    // --- recovery and shutdown --------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(ValuesSet.class)
    void everyPodOutlivesItsServicesShutdownAndNamesItsKafkaMembersAfterItself(ValuesSet values) {
        RenderedChart chart = values.rendered();
        chart.deploymentsByService().forEach((service, deployment) -> {
            int gracePeriod = deployment.path("spec").path("template").path("spec")
                    .path("terminationGracePeriodSeconds").asInt();
            String shutdownTimeout = chart.environment(deployment).get("QUARKUS_SHUTDOWN_TIMEOUT").value();
            JsonNode instanceId = envEntry(RenderedChart.container(deployment), "INTERVIEW_KAFKA_INSTANCE_ID");
            assertAll(service,
                    () -> assertEquals(30, gracePeriod),
                    () -> assertEquals("20s", shutdownTimeout),
                    () -> assertEquals("metadata.name", instanceId.path("valueFrom").path("fieldRef")
                            .path("fieldPath").asText(), "the pod's name: unique among the live replicas"));
        });
    }

    /**
     * The settings the local stack runs every service with (and the bench measured), its own heap included, for the
     * images' run-java.sh.
     */
    @ParameterizedTest
    @EnumSource(ValuesSet.class)
    void everyServiceGetsTheLocalStacksJvmSettings(ValuesSet values) {
        RenderedChart chart = values.rendered();
        chart.deploymentsByService().forEach((service, deployment) -> {
            Map<String, EnvValue> env = chart.environment(deployment);
            List<String> jvmOptions = new ArrayList<>(List.of(valueOf(env, "GC_CONTAINER_OPTIONS").split(" ")));
            jvmOptions.addAll(List.of(valueOf(env, "JAVA_OPTS_APPEND").split(" ")));
            List<String> localStacks = new ArrayList<>(ServiceProcess.DEFAULT_JVM_OPTIONS);
            localStacks.addAll(localStackService(service).jvmOptions());
            assertAll(service,
                    () -> assertEquals(new TreeSet<>(localStacks), new TreeSet<>(jvmOptions)),
                    () -> assertEquals("-XX:+UseSerialGC", valueOf(env, "GC_CONTAINER_OPTIONS"),
                            "the collector where the image's script expects it, replacing its ParallelGC"),
                    () -> assertEquals(ServiceProcess.DEFAULT_ENVIRONMENT.get("MALLOC_ARENA_MAX"),
                            valueOf(env, "MALLOC_ARENA_MAX")));
        });
    }

    @Test
    void aServicesOwnEnvironmentOverridesTheJvmSettings() {
        RenderedChart chart = Helm.template("--set", "services.gateway.env.JAVA_OPTS_APPEND=-Xmx256m");
        Map<String, JsonNode> deployments = chart.deploymentsByService();
        assertEquals("-Xmx256m", valueOf(chart.environment(deployments.get("gateway")), "JAVA_OPTS_APPEND"));
        assertEquals("-Xms32m -XX:TieredStopAtLevel=1 -Xmx64m",
                valueOf(chart.environment(deployments.get("scoring-service")), "JAVA_OPTS_APPEND"));
    }

    @Test
    void anExtraStageGetsTheHeapItsEntrySets() {
        RenderedChart chart = Helm.template("--set", "stages.extra[0].name=coding",
                "--set", "stages.extra[0].maxHeap=256m");
        assertEquals("-Xms32m -XX:TieredStopAtLevel=1 -Xmx256m",
                valueOf(chart.environment(chart.deploymentsByService().get("interviewer-coding")), "JAVA_OPTS_APPEND"));
    }

    /** The local stack's service of that name: one of the six, else a plugged-in stage. */
    private static ServiceSpec localStackService(String service) {
        return ServiceSpec.defaults().stream().filter(spec -> spec.name().equals(service)).findFirst()
                .orElseGet(() -> ServiceSpec.stage(service.substring("interviewer-".length()), Path.of("bank")));
    }

    @Test
    void aGracePeriodThatDoesNotOutlastTheShutdownIsRefused() {
        // a pod killed before it finishes its in-flight requests
        Helm.templateRefused("must exceed shutdownTimeoutSeconds", "--set", "terminationGracePeriodSeconds=20");
    }

    @Test
    void withoutStaticMembershipNoInstanceIdIsSet() {
        RenderedChart chart = Helm.template("--set", "kafka.staticMembership=false");
        chart.deploymentsByService().forEach((service, deployment) -> assertTrue(
                envEntry(RenderedChart.container(deployment), "INTERVIEW_KAFKA_INSTANCE_ID").isMissingNode(), service));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static JsonNode envEntry(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (name.equals(variable.path("name").asText())) {
                return variable;
            }
        }
        return MissingNode.getInstance();
    }

    private static Set<String> components(List<JsonNode> manifests) {
        return manifests.stream().map(RenderedChart::component).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> kinds(RenderedChart chart) {
        return chart.all().stream().map(m -> m.path("kind").asText()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void assertProbe(JsonNode container, String probe, String path) {
        JsonNode httpGet = container.path(probe).path("httpGet");
        assertEquals(path, httpGet.path("path").asText(), probe + " path");
        assertEquals("http", httpGet.path("port").asText(), probe + " port");
    }

    private static int httpPort(JsonNode container) {
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals("http")) {
                return port.path("containerPort").asInt();
            }
        }
        return -1;
    }

    private static String valueOf(Map<String, EnvValue> env, String name) {
        EnvValue value = env.get(name);
        assertNotNull(value, name + " is not set");
        assertFalse(value.fromSecret(), name + " comes from a Secret, expected a plain value");
        return value.value();
    }

    /** The variable comes from a Secret: the chart's own (which then holds that key) or an existing one named in values. */
    private static void assertSecretReference(RenderedChart chart, Map<String, EnvValue> env, String name) {
        EnvValue value = env.get(name);
        assertNotNull(value, name + " is not set");
        assertTrue(value.fromSecret(), name + " must come from a Secret, not a plain value");
        chart.find("Secret", value.secretName()).ifPresentOrElse(
                secret -> assertTrue(secret.path("data").has(value.secretKey()),
                        "Secret " + value.secretName() + " has no key " + value.secretKey()),
                () -> assertTrue(existingSecretNames().contains(value.secretName()),
                        name + " refers to " + value.secretName() + ", neither rendered nor an existingSecret in the values"));
    }

    private static Set<String> existingSecretNames() {
        Set<String> names = new HashSet<>();
        for (JsonNode values : List.of(ChartValues.defaults(), ChartValues.allOn())) {
            values.findValues("existingSecret").forEach(n -> names.add(n.asText()));
        }
        names.remove("");
        return names;
    }

    private static String configChecksum(JsonNode deployment) {
        return deployment.path("spec").path("template").path("metadata").path("annotations").path("checksum/config").asText();
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
