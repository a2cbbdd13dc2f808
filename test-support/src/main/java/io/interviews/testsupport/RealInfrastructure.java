package io.interviews.testsupport;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.interviews.deploy.infra.Database;
import io.interviews.deploy.infra.KafkaBroker;
import io.interviews.events.Topics;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real infrastructure for tests: one Apache Kafka broker (child JVM) and one PostgreSQL (embedded,
 * or the one named by {@code INTERVIEW_DB_URL}) per class loader of the test JVM.
 *
 * <p>Both start lazily on first use, are shared by every test class of the class loader, and stop in a
 * JVM shutdown hook; {@link #stop()} deliberately leaves them running for the next test class. Quarkus
 * loads test classes with other test resources or profiles in class loaders of their own, each with its
 * own broker and database, so each class loader gets directories of its own: a start wipes its data
 * directory, which must never be another running broker's or database's. Files live under
 * {@code target/test-infra/} of the module under test ({@code kafka} and {@code postgres} for the first
 * class loader, {@code kafka-2} and {@code postgres-2} for the second...).
 *
 * <p>Use with {@code @WithTestResource(RealInfrastructure.class)} (or {@code @QuarkusTestResource}). Every topic of
 * the system ({@link Topics#ALL}) is created before the application starts, so test classes declare the resource
 * the same way and share one application. Optional init args: {@code topics} (comma-separated) for a test's own
 * topics, and {@code partitions} (default 3). Services should also set
 * {@code %test.quarkus.devservices.enabled=false}: Kafka Dev Services otherwise try to reach Docker even when the
 * bootstrap servers are configured.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    public static final String ARG_TOPICS = "topics";
    public static final String ARG_PARTITIONS = "partitions";

    /** A JVM-wide count of the class loaders that started infrastructure (system properties are shared by all). */
    private static final String CLASS_LOADERS = "interview.test.infrastructure-class-loaders";

    /** This class loader's: "" for the first, "-2" for the second... */
    private static String directorySuffix;
    private static KafkaBroker broker;
    private static Database database;
    private static boolean shutdownHookAdded;

    private List<String> ownTopics = List.of();
    private int partitions = 3;

    @Override
    public void init(Map<String, String> initArgs) {
        String topicArg = initArgs.getOrDefault(ARG_TOPICS, "");
        ownTopics = Arrays.stream(topicArg.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
        partitions = Integer.parseInt(initArgs.getOrDefault(ARG_PARTITIONS, "3").trim());
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = config();
        kafkaBroker().createTopics(Stream.concat(Topics.ALL.stream(), ownTopics.stream()).toList(), partitions);
        return config;
    }

    @Override
    public void stop() {
        // Shared with the other test classes of this JVM; the shutdown hook stops everything.
    }

    /** The Quarkus configuration pointing at the shared broker and database (starting them if needed). */
    public static Map<String, String> config() {
        KafkaBroker kafka = kafkaBroker();
        Database db = database();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", db.jdbcUrl());
        config.put("quarkus.datasource.username", db.username());
        config.put("quarkus.datasource.password", db.password());
        return config;
    }

    public static String kafkaBootstrapServers() {
        return kafkaBroker().bootstrapServers();
    }

    /** The broker of this class loader, started on first call (again if it died). */
    public static synchronized KafkaBroker kafkaBroker() {
        if (broker == null || !broker.isAlive()) {
            addShutdownHook();
            broker = KafkaBroker.start(ownDir("kafka"));
        }
        return broker;
    }

    /** The database of this class loader, started (or connected) on first call. */
    public static synchronized Database database() {
        if (database == null) {
            addShutdownHook();
            database = Database.startOrConnect(ownDir("postgres"));
        }
        return database;
    }

    /** This class loader's directory {@code name} under {@link #infraDir()}. */
    private static synchronized Path ownDir(String name) {
        if (directorySuffix == null) {
            synchronized (System.class) {
                int number = Integer.getInteger(CLASS_LOADERS, 0) + 1;
                System.setProperty(CLASS_LOADERS, String.valueOf(number));
                directorySuffix = number == 1 ? "" : "-" + number;
            }
        }
        return infraDir().resolve(name + directorySuffix);
    }

    /** {@code target/test-infra} of the module whose tests run (Surefire sets {@code basedir}). */
    public static Path infraDir() {
        String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(basedir, "target", "test-infra").toAbsolutePath().normalize();
    }

    private static void addShutdownHook() {
        if (shutdownHookAdded) {
            return;
        }
        shutdownHookAdded = true;
        Runtime.getRuntime().addShutdownHook(new Thread(RealInfrastructure::stopAll, "real-infrastructure-stop"));
    }

    private static synchronized void stopAll() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
