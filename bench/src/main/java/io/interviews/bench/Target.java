package io.interviews.bench;

import io.interviews.cli.DatabaseLogin;
import io.interviews.cli.KafkaOptions;
import io.interviews.deploy.infra.BrokerMain;
import io.interviews.deploy.infra.ServiceProcess;
import io.interviews.deploy.stack.LocalStack;
import io.interviews.deploy.stack.ServiceSpec;
import org.apache.kafka.clients.CommonClientConfigs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The system the bench drives: the gateway and recruiter key candidates need, the broker (its Kafka client
 * properties) and database for the floor and the topic audit (when known), and the processes whose CPU and memory it
 * reads and the services' Prometheus endpoints by service name (for their brains' CPU and their collections) when it
 * started them.
 */
record Target(String description, String gatewayUrl, String recruiterKey, Optional<Kafka> kafka,
              Optional<DatabaseLogin> database, List<StackProcess> processes, Map<String, String> metricsUrls) {

    /** The cluster's client properties (its address and, for a secured one, TLS and SASL) and how long to wait for it. */
    record Kafka(Properties client, Duration timeout) {

        /** A running system's cluster, as the command line names it. */
        static Kafka of(KafkaOptions options) {
            return new Kafka(options.clientConfig(), options.timeout());
        }

        /** The stack's own broker, plain; it shares the cores with every service under load, hence the minute. */
        static Kafka local(String bootstrapServers) {
            Properties client = new Properties();
            client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            return new Kafka(client, Duration.ofSeconds(60));
        }
    }

    /**
     * The six services of the default plan, the gateway taking every request of the candidates, who all come from one
     * address and answer faster than a person; with a model, the interviewer stages run the {@code openai} brain
     * against it.
     */
    static List<ServiceSpec> servicesForBench(Optional<SimulatedModel> model) {
        return ServiceSpec.defaults().stream().map(service -> {
            if ("gateway".equals(service.name())) {
                return service.withEnv(Map.of(
                        "INTERVIEW_GATEWAY_RATE_LIMITS_REGISTRATIONS_PER_ADDRESS", "1000000",
                        "INTERVIEW_GATEWAY_RATE_LIMITS_ANSWERS_PER_ADDRESS", "1000000",
                        "INTERVIEW_GATEWAY_RATE_LIMITS_ANSWERS_PER_TOKEN", "1000000",
                        "INTERVIEW_GATEWAY_RATE_LIMITS_EVENT_STREAMS_PER_ADDRESS", "1000000"));
            }
            if (model.isPresent() && isStage(service.name())) {
                return service.withEnv(Map.of(
                        "INTERVIEW_BRAIN", "openai",
                        "QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL", model.get().baseUrl(),
                        "QUARKUS_LANGCHAIN4J_OPENAI_CHAT_MODEL_MODEL_NAME", SimulatedModel.MODEL,
                        "OPENAI_API_KEY", SimulatedModel.API_KEY));
            }
            return service;
        }).toList();
    }

    /** The interviewer stages' services, whose schemas hold their model calls. */
    List<String> stageServices() {
        return processes.stream().map(StackProcess::name).filter(Target::isStage).toList();
    }

    private static boolean isStage(String serviceName) {
        return serviceName.startsWith("interviewer-");
    }

    /** A local stack started for the bench: everything is known, every process measured. */
    static Target of(LocalStack stack) {
        List<StackProcess> processes = new ArrayList<>();
        stack.services().forEach(service -> processes.add(new StackProcess(service.name(), service.pid(), false)));
        ProcessHandle.current().descendants()
                .filter(process -> commandLine(process.pid()).contains(BrokerMain.class.getName()))
                .findFirst()
                .ifPresent(broker -> processes.add(new StackProcess("kafka-broker", broker.pid(), false)));
        postmasterPid(stack.workDir().resolve("postgres").resolve("data"))
                .ifPresent(pid -> processes.add(new StackProcess("postgresql", pid, true)));
        return new Target("local stack started by the bench (" + stack.workDir() + ")", stack.gatewayUrl(),
                stack.recruiterKey(), Optional.of(Kafka.local(stack.kafkaBootstrapServers())),
                Optional.of(stack.database().login()), processes,
                stack.services().stream().collect(Collectors.toMap(ServiceProcess::name,
                        service -> service.baseUrl() + "/q/metrics", (first, second) -> first, LinkedHashMap::new)));
    }

    /**
     * The whole command line from {@code /proc/<pid>/cmdline}: {@link ProcessHandle.Info#commandLine()} is cut short,
     * before the broker's main class, by the broker's long classpath.
     */
    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The embedded PostgreSQL's postmaster, from the first line of its {@code postmaster.pid}. */
    private static Optional<Long> postmasterPid(Path dataDir) {
        try {
            return Files.readAllLines(dataDir.resolve("postmaster.pid")).stream().findFirst().map(String::trim)
                    .map(Long::parseLong);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // an external database (INTERVIEW_DB_URL): not the stack's process
        }
    }
}
