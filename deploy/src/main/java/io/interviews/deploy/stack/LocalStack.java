package io.interviews.deploy.stack;

import io.interviews.deploy.infra.Database;
import io.interviews.deploy.infra.KafkaBroker;
import io.interviews.deploy.infra.Ports;
import io.interviews.deploy.infra.ServiceProcess;
import io.interviews.events.Topics;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The whole system on one machine with nothing installed but a JDK: a real single-node Kafka broker
 * (child JVM), PostgreSQL (embedded, or {@code INTERVIEW_DB_URL}) and every service as its own process.
 * {@link #close()} stops all of it; the services also exit on their own when this JVM dies.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    /** service-kit's {@code interview.kafka.instance-id}: static Kafka group membership. */
    static final String ENV_KAFKA_INSTANCE_ID = "INTERVIEW_KAFKA_INSTANCE_ID";
    private static final String LOCAL_RECRUITER = "recruiter";
    private static final String LOCAL_RECRUITER_PASSWORD = "local-recruiter-password";
    /** bcrypt of {@link #LOCAL_RECRUITER_PASSWORD}: the gateway keeps only hashes (its {@code %dev} profile has the same). */
    private static final String LOCAL_RECRUITER_PASSWORD_HASH =
            "$2a$10$rc.kfIrXey1CZJb6mi6d9uaBNCJrfdfo.WRAp5U6pd9R3t.2E31BC";

    private final Path projectRoot;
    private final Path workDir;
    private final KafkaBroker broker;
    private final Database database;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, ServiceSpec> specs = new LinkedHashMap<>();
    private final String recruiterKey = randomKey();
    private final String serviceApiKey = randomKey();
    /** Encrypts the recruiter desk's sign-in cookie. */
    private final String sessionKey = randomKey();
    /** Each service's port, chosen before any starts, so the gateway knows where the scoring and offer services are. */
    private final Map<String, Integer> ports = new HashMap<>();

    private LocalStack(Path projectRoot, Path workDir, KafkaBroker broker, Database database) {
        this.projectRoot = projectRoot;
        this.workDir = workDir;
        this.broker = broker;
        this.database = database;
    }

    /**
     * Starts broker, database and {@code serviceSpecs}, each service built under
     * {@code <projectRoot>/<module>/target/quarkus-app}, and waits until every service is ready.
     */
    public static LocalStack start(Path projectRoot, Path workDir, List<ServiceSpec> serviceSpecs) {
        Path root = projectRoot.toAbsolutePath().normalize();
        Path work = workDir.toAbsolutePath().normalize();
        CompletableFuture<KafkaBroker> broker = CompletableFuture.supplyAsync(() -> KafkaBroker.start(work.resolve("kafka")));
        CompletableFuture<Database> database = CompletableFuture.supplyAsync(() -> Database.startOrConnect(work.resolve("postgres")));
        LocalStack stack;
        try {
            stack = new LocalStack(root, work, broker.join(), database.join());
        } catch (CompletionException e) {
            broker.thenAccept(KafkaBroker::close);
            database.thenAccept(Database::close);
            throw e;
        }
        try {
            // created up front so no consumer waits for auto-creation
            stack.broker.createTopics(Topics.ALL, 3);
            // chosen together, so no two services are given the same port
            int[] free = Ports.freeLoopbackPorts(serviceSpecs.size());
            for (int i = 0; i < serviceSpecs.size(); i++) {
                stack.ports.put(serviceSpecs.get(i).name(), free[i]);
            }
            serviceSpecs.forEach(spec -> stack.launch(spec, stack.ports.get(spec.name())));
            stack.awaitReady(serviceSpecs.stream().map(ServiceSpec::name).toList());
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** Starts one more service on a free port and waits until it is ready. */
    public ServiceProcess startService(ServiceSpec spec) {
        return startService(spec, Ports.freeLoopbackPort());
    }

    private ServiceProcess startService(ServiceSpec spec, int port) {
        launch(spec, port);
        awaitReady(List.of(spec.name()));
        return services.get(spec.name());
    }

    /** Stops one service process (e.g. to test what happens when a stage is down). */
    public void stopService(String name) {
        service(name).stop();
    }

    /** Kills one service process with SIGKILL, as a crash or {@code kill -9} would: it gets no chance to clean up. */
    public void killService(String name) {
        service(name).kill();
    }

    /**
     * Restarts a stopped or killed service with its original settings on its original port (clients such as
     * candidates find it again at the same address) and waits until it is ready.
     */
    public ServiceProcess restartService(String name) {
        return startService(specs.get(name), service(name).port());
    }

    /** Kills the Kafka broker with SIGKILL; the services keep running and reconnect once it is back. */
    public void killBroker() {
        broker.kill();
    }

    /** Restarts the killed broker on its original ports with its data, and waits until it accepts clients. */
    public void restartBroker() {
        broker.restart();
    }

    public ServiceProcess service(String name) {
        ServiceProcess process = services.get(name);
        if (process == null) {
            throw new NoSuchElementException("no service " + name + " in " + services.keySet());
        }
        return process;
    }

    /** The services started so far, in start order. */
    public List<ServiceProcess> services() {
        return List.copyOf(services.values());
    }

    public String gatewayUrl() {
        return service("gateway").baseUrl();
    }

    public String kafkaBootstrapServers() {
        return broker.bootstrapServers();
    }

    public Database database() {
        return database;
    }

    public Path workDir() {
        return workDir;
    }

    /** The key the gateway's recruiter endpoints expect in {@code X-Recruiter-Key}; new for every stack. */
    public String recruiterKey() {
        return recruiterKey;
    }

    /**
     * The key the scoring and offer services' HTTP APIs expect as {@code Authorization: Bearer <key>}
     * ({@code INTERVIEW_SERVICE_API_KEY}); new for every stack.
     */
    public String serviceApiKey() {
        return serviceApiKey;
    }

    /** The recruiter the desk signs in (form login); the local stack listens on loopback only. */
    public static String recruiterName() {
        return LOCAL_RECRUITER;
    }

    /** {@link #recruiterName()}'s password. */
    public static String recruiterPassword() {
        return LOCAL_RECRUITER_PASSWORD;
    }

    private static String randomKey() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void launch(ServiceSpec spec, int port) {
        Path jar = ServiceProcess.applicationJar(projectRoot.resolve(spec.module()).resolve("target"));
        ports.put(spec.name(), port);
        Map<String, String> env = new HashMap<>(spec.env());
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("INTERVIEW_DB_URL", database.jdbcUrl());
        env.put("INTERVIEW_DB_USER", database.username());
        env.put("INTERVIEW_DB_PASSWORD", database.password());
        env.put("RECRUITER_KEY", recruiterKey);
        env.put("INTERVIEW_SERVICE_API_KEY", serviceApiKey);
        // static Kafka group membership: a restarted service takes its partitions back at once; the name is
        // unique in the stack, so no two live processes share it
        env.putIfAbsent(ENV_KAFKA_INSTANCE_ID, spec.name());
        env.putIfAbsent("INTERVIEW_KAFKA_METADATA_RECOVERY_STRATEGY", KafkaBroker.CLIENT_METADATA_RECOVERY);
        env.put("INTERVIEW_GATEWAY_PUBLIC_URL", "http://127.0.0.1:" + port); // the base of the gateway's invitation links
        // the gateway's recruiter desk: its sign-in, and where it fetches the scorecard and letter PDFs
        env.put("INTERVIEW_GATEWAY_SESSION_KEY", sessionKey);
        env.put("INTERVIEW_GATEWAY_RECRUITERS", LOCAL_RECRUITER + ":" + LOCAL_RECRUITER_PASSWORD_HASH);
        serviceUrl("scoring-service").ifPresent(url -> env.put("INTERVIEW_GATEWAY_SCORING_URL", url));
        serviceUrl("offer-service").ifPresent(url -> env.put("INTERVIEW_GATEWAY_OFFER_URL", url));
        specs.put(spec.name(), spec);
        services.put(spec.name(), ServiceProcess.start(spec.name(), jar, port, env,
                workDir.resolve("logs").resolve(spec.name() + ".log"), spec.jvmOptions()));
    }

    private Optional<String> serviceUrl(String name) {
        return Optional.ofNullable(ports.get(name)).map(port -> "http://127.0.0.1:" + port);
    }

    private void awaitReady(List<String> names) {
        eachAtOnce(names.stream().map(this::service).toList(), process -> process.awaitReady(READY_TIMEOUT));
    }

    /**
     * Runs {@code action} on every process at once, each in a thread of its own (it is mostly waiting: for readiness,
     * for a graceful stop and the class data written), and rethrows the first failure once all are done.
     */
    private static void eachAtOnce(List<ServiceProcess> processes, Consumer<ServiceProcess> action) {
        if (processes.isEmpty()) {
            return;
        }
        ExecutorService threads = Executors.newFixedThreadPool(processes.size());
        try {
            CompletableFuture.allOf(processes.stream()
                    .map(process -> CompletableFuture.runAsync(() -> action.accept(process), threads))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            threads.shutdown();
        }
    }

    @Override
    public void close() {
        try {
            eachAtOnce(List.copyOf(services.values()), ServiceProcess::close);
        } finally {
            services.clear();
            broker.close();
            database.close();
        }
    }
}
