package io.interviews.deploy.helm;

import com.fasterxml.jackson.databind.JsonNode;
import io.interviews.deploy.helm.RenderedChart.EnvValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chart's least-privilege settings, rendered with deploy/helm/values-secure.yaml: NetworkPolicies,
 * an Ingress that never exposes /q/, Kafka over TLS with SASL/SCRAM and per-service ACLs, one database
 * role per service, credentials only from existing Secrets, and the code runner's pod settings.
 */
class LeastPrivilegeChartTest {

    private static final Path SECURE_VALUES = Helm.HELM_DIR.resolve("values-secure.yaml");
    private static final String PREFIX = "interview-interview-system-";
    private static final String DEAD_LETTERS = "interview.dead-letters";
    private static final String ERASURES = "interview.erasures";
    private static final String RESCORES = "interview.rescores";
    private static final String RESCORED = "interview.rescored";

    /** Topics each service reads and writes, as its README states them (topics in / out). */
    private static final Map<String, Set<String>> READS = Map.of(
            "gateway", Set.of("interview.questions", "interview.stage-completed", "interview.scored", "interview.letters",
                    RESCORED, ERASURES),
            "interviewer-tech", Set.of("interview.stage-completed", "interview.answers", RESCORES, ERASURES),
            "interviewer-hr", Set.of("interview.stage-completed", "interview.answers", RESCORES, ERASURES),
            "interviewer-boss", Set.of("interview.stage-completed", "interview.answers", RESCORES, ERASURES),
            "scoring-service", Set.of("interview.stage-completed", RESCORES, ERASURES),
            "offer-service", Set.of("interview.scored", "interview.decisions", ERASURES));
    private static final Map<String, Set<String>> WRITES = Map.of(
            "gateway", Set.of("interview.stage-completed", "interview.answers", "interview.decisions", RESCORES,
                    ERASURES, DEAD_LETTERS),
            "interviewer-tech", Set.of("interview.questions", "interview.stage-completed", RESCORES, DEAD_LETTERS),
            "interviewer-hr", Set.of("interview.questions", "interview.stage-completed", RESCORES, DEAD_LETTERS),
            "interviewer-boss", Set.of("interview.questions", "interview.stage-completed", RESCORES, DEAD_LETTERS),
            "scoring-service", Set.of("interview.scored", RESCORED, DEAD_LETTERS),
            "offer-service", Set.of("interview.letters", DEAD_LETTERS));

    private static RenderedChart secure;

    private static synchronized RenderedChart secure() {
        if (secure == null) {
            secure = Helm.template("--values", SECURE_VALUES.toString());
        }
        return secure;
    }

    @Test
    void helmLintStrictAcceptsTheSecureValues() {
        Helm.Result lint = Helm.run("lint", "--strict", Helm.CHART.toString(), "--values", SECURE_VALUES.toString())
                .assertSucceeded();
        assertTrue(lint.stdout().contains("0 chart(s) failed"), lint.stdout());
    }

    // --- NetworkPolicies --------------------------------------------------------------------------------------

    @Test
    void everyPodOfTheReleaseDeniesAllTrafficByDefault() {
        JsonNode deny = secure().get("NetworkPolicy", "interview-interview-system-default-deny");
        JsonNode selector = deny.path("spec").path("podSelector").path("matchLabels");
        assertAll(
                () -> assertEquals(Set.of("Ingress", "Egress"), texts(deny.path("spec").path("policyTypes"))),
                () -> assertTrue(deny.path("spec").path("ingress").isMissingNode(), "no ingress rule"),
                () -> assertTrue(deny.path("spec").path("egress").isMissingNode(), "no egress rule"),
                () -> assertEquals("interview", selector.path("app.kubernetes.io/instance").asText()));
        // the deny policy selects every service's pods
        secure().deploymentsByService().forEach((service, deployment) -> {
            JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
            selector.fields().forEachRemaining(label -> assertEquals(label.getValue().asText(),
                    podLabels.path(label.getKey()).asText(), service + " is not selected by the default deny"));
        });
    }

    @Test
    void onlyTheGatewayReceivesOutsideTrafficAndEveryServiceReachesOnlyDnsKafkaAndTheDatabase() {
        RenderedChart chart = secure();
        JsonNode values = ChartValues.read(SECURE_VALUES);
        String llmCidr = values.path("networkPolicy").path("llm").path("cidrs").get(0).asText();
        Set<String> documentServices = Set.of("scoring-service", "offer-service");
        for (String service : READS.keySet()) {
            JsonNode spec = chart.get("NetworkPolicy", PREFIX + service).path("spec");
            List<String> from = new ArrayList<>();
            spec.path("ingress").forEach(rule -> rule.path("from").forEach(peer -> from.add(peer.toString())));
            Set<String> egressPorts = new TreeSet<>();
            Set<String> cidrs = new TreeSet<>();
            Set<String> podsReached = new TreeSet<>();
            spec.path("egress").forEach(rule -> {
                rule.path("ports").forEach(port -> egressPorts.add(port.path("port").asText()));
                rule.path("to").forEach(peer -> {
                    if (peer.has("ipBlock")) {
                        cidrs.add(peer.path("ipBlock").path("cidr").asText());
                    }
                    String component = peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/component").asText();
                    if (!component.isEmpty()) {
                        podsReached.add(component);
                    }
                });
            });
            boolean interviewer = service.startsWith("interviewer-");
            boolean gateway = service.equals("gateway");
            Set<String> expectedPorts = new TreeSet<>(Set.of("53", "9092", "9093", "5432"));
            if (interviewer) {
                expectedPorts.add("443");
            }
            if (gateway) {
                expectedPorts.add("http"); // the scoring and offer services, for the PDFs
            }
            assertAll(service,
                    () -> assertEquals(service, spec.path("podSelector").path("matchLabels").path("app.kubernetes.io/component").asText()),
                    () -> assertEquals(gateway, from.stream().anyMatch(peer -> peer.contains("ingress-nginx")),
                            "ingress controller allowed in"),
                    () -> assertEquals(documentServices.contains(service),
                            from.stream().anyMatch(peer -> peer.contains("\"app.kubernetes.io/component\":\"gateway\"")),
                            "the gateway allowed in"),
                    () -> assertTrue(from.stream().allMatch(peer -> peer.contains("ingress-nginx") || peer.contains("monitoring")
                                    || peer.contains("\"app.kubernetes.io/component\":\"gateway\"")),
                            "unexpected peers allowed in: " + from),
                    () -> assertEquals(expectedPorts, egressPorts),
                    () -> assertEquals(gateway ? documentServices : Set.of(), podsReached, "pods of the release reached"),
                    () -> assertEquals(interviewer ? Set.of(llmCidr) : Set.of(), cidrs, "only interviewers reach the LLM"));
        }
    }

    @Test
    void withoutLlmCidrsNoServiceReachesAnAddressOutsideTheCluster() {
        RenderedChart chart = Helm.template("--set", "networkPolicy.enabled=true");
        for (JsonNode policy : chart.ofKind("NetworkPolicy")) {
            assertFalse(policy.toString().contains("ipBlock"), RenderedChart.name(policy));
        }
    }

    @Test
    void networkPoliciesAreOffByDefault() {
        assertEquals(List.of(), ValuesSet.DEFAULTS.rendered().ofKind("NetworkPolicy"));
    }

    // --- Ingress ----------------------------------------------------------------------------------------------

    /** What browsers and API clients ask the gateway for: an invitation link, the desk and its sign-in, what they load. */
    private static final List<String> GATEWAY_ADDRESSES = List.of(
            "/api/interviews/7d0c0f7e-5b1b-4c55-9a51-0f6b1c0f2a10/events", "/api/recruiter/interviews",
            "/interview/7d0c0f7e-5b1b-4c55-9a51-0f6b1c0f2a10", "/css/app.css", "/js/candidate/page.js",
            "/recruiter", "/recruiter/desk.js", "/recruiter/sign-out", "/j_security_check",
            "/webjars/chart.js/4.4.1/dist/chart.umd.js");

    @Test
    void theIngressRoutesTheApiAndPagesButNeverQuarkusEndpoints() {
        for (RenderedChart chart : List.of(secure(), ValuesSet.ALL_ON.rendered())) {
            Map<String, String> paths = new TreeMap<>();
            chart.get("Ingress", PREFIX + "gateway").path("spec").path("rules").forEach(rule ->
                    rule.path("http").path("paths").forEach(path ->
                            paths.put(path.path("path").asText(), path.path("pathType").asText())));
            for (String address : GATEWAY_ADDRESSES) {
                assertTrue(paths.entrySet().stream().anyMatch(path -> routes(path.getKey(), path.getValue(), address)),
                        address + " is not routed by " + paths);
            }
            for (String internal : List.of("/q/metrics", "/q/health/ready", "/q/openapi")) {
                assertFalse(paths.entrySet().stream().anyMatch(path -> routes(path.getKey(), path.getValue(), internal)),
                        internal + " is routed by " + paths);
            }
        }
    }

    /** Whether an Ingress path of that type matches the address (Prefix: whole path segments, as Kubernetes does). */
    private static boolean routes(String path, String pathType, String address) {
        return switch (pathType) {
            case "Exact" -> address.equals(path);
            case "Prefix" -> path.equals("/") || address.equals(path) || address.startsWith(path + "/");
            default -> throw new AssertionError("the chart's default paths are Exact or Prefix, not " + pathType);
        };
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"/q/metrics, Prefix", "/q, Exact", "/, Prefix", "/, ImplementationSpecific"})
    void aPathThatWouldExposeQuarkusEndpointsIsRefused(String path, String pathType) {
        Helm.templateRefused("would expose /q/", "--set", "ingress.enabled=true",
                "--set", "ingress.paths[0].path=" + path, "--set", "ingress.paths[0].pathType=" + pathType);
    }

    // --- Kafka ------------------------------------------------------------------------------------------------

    @Test
    void everyServiceConnectsToKafkaOverTlsWithItsOwnScramUser() {
        RenderedChart chart = secure();
        chart.deploymentsByService().forEach((service, deployment) -> {
            Map<String, EnvValue> env = chart.environment(deployment);
            String user = PREFIX + service + "-kafka";
            assertAll(service,
                    () -> assertEquals("SASL_SSL", env.get("KAFKA_SECURITY_PROTOCOL").value()),
                    () -> assertEquals("SCRAM-SHA-512", env.get("KAFKA_SASL_MECHANISM").value()),
                    () -> assertEquals("PEM", env.get("KAFKA_SSL_TRUSTSTORE_TYPE").value()),
                    () -> assertEquals(new EnvValue(null, "kafka-cluster-ca-cert", "ca.crt"), env.get("KAFKA_SSL_TRUSTSTORE_CERTIFICATES")),
                    () -> assertEquals(new EnvValue(null, user, "password"), env.get("INTERVIEW_KAFKA_PASSWORD")),
                    () -> assertEquals("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                            + "\" password=\"$(INTERVIEW_KAFKA_PASSWORD)\";", env.get("KAFKA_SASL_JAAS_CONFIG").value()),
                    // Kubernetes expands $(VAR) only from variables defined earlier in the list
                    () -> assertTrue(envNames(deployment).indexOf("INTERVIEW_KAFKA_PASSWORD")
                            < envNames(deployment).indexOf("KAFKA_SASL_JAAS_CONFIG")));
        });
    }

    @Test
    void plaintextKafkaGetsNoSecuritySettings() {
        RenderedChart chart = ValuesSet.DEFAULTS.rendered();
        chart.deploymentsByService().forEach((service, deployment) ->
                assertTrue(chart.environment(deployment).keySet().stream().noneMatch(name -> name.startsWith("KAFKA_S")
                        || name.equals("INTERVIEW_KAFKA_PASSWORD")), service));
    }

    @Test
    void eachServicesKafkaAclCoversExactlyTheTopicsItReadsAndWrites() {
        RenderedChart chart = secure();
        List<JsonNode> users = chart.ofKind("KafkaUser");
        assertEquals(READS.keySet(), new TreeSet<>(users.stream().map(RenderedChart::component).toList()));
        for (JsonNode user : users) {
            String service = RenderedChart.component(user);
            Set<String> read = new TreeSet<>();
            Set<String> written = new TreeSet<>();
            Set<String> groups = new TreeSet<>();
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                Set<String> operations = texts(acl.path("operations"));
                assertEquals("literal", resource.path("patternType").asText(), service + ": no prefix or wildcard grants");
                String name = resource.path("name").asText();
                switch (resource.path("type").asText()) {
                    case "topic" -> {
                        if (operations.equals(Set.of("Describe", "Read"))) {
                            read.add(name);
                        } else if (operations.equals(Set.of("Describe", "Write"))) {
                            written.add(name);
                        } else {
                            throw new AssertionError(service + ": unexpected operations " + operations + " on " + name);
                        }
                    }
                    case "group" -> {
                        assertEquals(Set.of("Read"), operations, service + " group");
                        groups.add(name);
                    }
                    default -> throw new AssertionError(service + ": unexpected ACL resource " + resource);
                }
            }
            assertAll(service,
                    () -> assertEquals("simple", user.path("spec").path("authorization").path("type").asText()),
                    () -> assertEquals("scram-sha-512", user.path("spec").path("authentication").path("type").asText()),
                    () -> assertEquals(PREFIX + service + "-kafka", RenderedChart.name(user)),
                    () -> assertEquals("kafka", user.path("metadata").path("labels").path("strimzi.io/cluster").asText()),
                    () -> assertEquals(new TreeSet<>(READS.get(service)), read, "topics read"),
                    () -> assertEquals(new TreeSet<>(WRITES.get(service)), written, "topics written"),
                    () -> assertEquals(Set.of(service), groups, "consumer group"));
        }
    }

    @Test
    void strimziUsersRefuseTheMechanismTheyCannotAuthenticateWith() {
        // the services would sign in with SCRAM-SHA-256 against users the User Operator gave SHA-512 credentials
        Helm.templateRefused("SCRAM-SHA-512 only", "--values", SECURE_VALUES.toString(),
                "--set", "kafka.sasl.mechanism=SCRAM-SHA-256");
    }

    @Test
    void theAclOfAServiceFollowsItsValues() {
        RenderedChart chart = Helm.template("--values", SECURE_VALUES.toString(),
                "--set", "services.scoring-service.groupId=scoring-v2",
                "--set", "kafka.sasl.users.scoring-service.username=scoring",
                "--set", "kafka.sasl.users.scoring-service.existingSecret=scoring-kafka");
        JsonNode user = chart.get("KafkaUser", "scoring");
        String acls = user.path("spec").path("authorization").path("acls").toString();
        Map<String, EnvValue> env = chart.environment(chart.deploymentsByService().get("scoring-service"));
        assertAll(
                () -> assertTrue(acls.contains("\"scoring-v2\""), acls),
                () -> assertEquals("scoring-kafka", user.path("spec").path("authentication").path("password")
                        .path("valueFrom").path("secretKeyRef").path("name").asText()),
                () -> assertEquals(new EnvValue(null, "scoring-kafka", "password"), env.get("INTERVIEW_KAFKA_PASSWORD")),
                () -> assertTrue(env.get("KAFKA_SASL_JAAS_CONFIG").value().contains("username=\"scoring\"")));
    }

    // --- database roles and secrets ---------------------------------------------------------------------------

    @Test
    void eachServiceConnectsAsItsOwnDatabaseRoleAndNoneGetsTheSharedPassword() {
        RenderedChart chart = secure();
        Map<String, String> users = new TreeMap<>();
        Set<String> secrets = new HashSet<>();
        chart.deploymentsByService().forEach((service, deployment) -> {
            Map<String, EnvValue> env = chart.environment(deployment);
            users.put(service, env.get("INTERVIEW_DB_USER").value());
            EnvValue password = env.get("INTERVIEW_DB_PASSWORD");
            assertEquals(new EnvValue(null, PREFIX + service + "-db", "password"), password, service);
            secrets.add(password.secretName());
        });
        assertEquals(Map.of("gateway", "gateway", "interviewer-boss", "interviewer_boss", "interviewer-hr", "interviewer_hr",
                "interviewer-tech", "interviewer_tech", "offer-service", "offer_service", "scoring-service", "scoring_service"), users);
        assertEquals(users.size(), secrets.size(), "one password Secret per service");
    }

    @Test
    void theSecureValuesTakeEveryCredentialFromExistingSecrets() {
        assertEquals(List.of(), secure().ofKind("Secret"));
    }

    @Test
    void requiringExistingSecretsRefusesAChartManagedOne() {
        Helm.templateRefused("secrets.requireExisting", "--set", "secrets.requireExisting=true");
    }

    @Test
    void theServiceApiKeyComesFromItsExistingSecretToTheScoringAndOfferServicesAndTheGatewayOnly() {
        RenderedChart chart = secure();
        chart.deploymentsByService().forEach((service, deployment) -> {
            EnvValue key = chart.environment(deployment).get("INTERVIEW_SERVICE_API_KEY");
            if (Set.of("scoring-service", "offer-service", "gateway").contains(service)) {
                assertEquals(new EnvValue(null, "interview-service-api-key", "api-key"), key, service);
            } else {
                assertNull(key, service);
            }
        });
    }

    @Test
    void requiringExistingSecretsRefusesAChartManagedServiceApiKey() {
        String error = Helm.templateRefused("secrets.requireExisting",
                "--values", SECURE_VALUES.toString(), "--set", "serviceApiKey.existingSecret=");
        assertTrue(error.contains("INTERVIEW_SERVICE_API_KEY"), error);
    }

    // --- code runner ------------------------------------------------------------------------------------------

    @Test
    void theTechInterviewerAloneGetsTheCodeRunnersPodSettings() {
        secure().deploymentsByService().forEach((service, deployment) -> {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            JsonNode container = RenderedChart.container(deployment).path("securityContext");
            boolean runsCode = service.equals("interviewer-tech");
            assertAll(service,
                    () -> assertEquals(runsCode ? "false" : "", pod.path("hostUsers").asText()),
                    () -> assertEquals(runsCode ? "Unconfined" : "", container.path("seccompProfile").path("type").asText()),
                    () -> assertEquals(runsCode ? "Unmasked" : "", container.path("procMount").asText()),
                    () -> assertEquals("RuntimeDefault", pod.path("securityContext").path("seccompProfile").path("type").asText()),
                    () -> assertFalse(container.path("allowPrivilegeEscalation").asBoolean(true)),
                    () -> assertTrue(container.path("readOnlyRootFilesystem").asBoolean()));
        });
    }

    @Test
    void theCodeRunnerIsOffByDefault() {
        ValuesSet.DEFAULTS.rendered().deploymentsByService().forEach((service, deployment) -> assertAll(service,
                () -> assertTrue(deployment.path("spec").path("template").path("spec").path("hostUsers").isMissingNode()),
                () -> assertTrue(RenderedChart.container(deployment).path("securityContext").path("seccompProfile").isMissingNode())));
    }

    private static List<String> envNames(JsonNode deployment) {
        List<String> names = new ArrayList<>();
        RenderedChart.container(deployment).path("env").forEach(variable -> names.add(variable.path("name").asText()));
        return names;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
