package io.interviews.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import io.interviews.cli.DatabaseOptions;
import io.interviews.deploy.infra.Database;

class RealInfrastructureTest {

    static {
        QuietLogs.apply();
    }

    @Test
    void resourceReturnsQuarkusConfigForTheSharedInfrastructure() {
        RealInfrastructure resource = new RealInfrastructure();
        resource.init(Map.of(RealInfrastructure.ARG_TOPICS, "resource-topic-a, resource-topic-b"));
        Map<String, String> config = resource.start();
        resource.stop(); // must not stop the shared infrastructure

        assertEquals(RealInfrastructure.kafkaBootstrapServers(), config.get("kafka.bootstrap.servers"));
        assertTrue(config.get("kafka.bootstrap.servers").startsWith("127.0.0.1:"));
        assertTrue(config.get("quarkus.datasource.jdbc.url").matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/interview"),
                config.get("quarkus.datasource.jdbc.url"));
        assertEquals("postgres", config.get("quarkus.datasource.username"));
        assertEquals("postgres", config.get("quarkus.datasource.password"));
        assertTrue(RealInfrastructure.kafkaBroker().isAlive());
        // A second resource instance (another test class) reuses the same broker and database.
        assertEquals(config, new RealInfrastructure().start());

        try (TopicProbe probe = TopicProbe.forRealInfrastructure()) {
            probe.send("resource-topic-b", "k", "v");
            assertEquals(1, probe.readAll("resource-topic-b", Duration.ofSeconds(10)).size());
        }
    }

    @Test
    void kafkaRoundTripWithAcksAll() {
        String topic = "round-trip";
        RealInfrastructure.kafkaBroker().createTopics(List.of(topic), 3);
        RealInfrastructure.kafkaBroker().createTopics(List.of(topic), 3); // idempotent

        try (TopicProbe probe = TopicProbe.forRealInfrastructure()) {
            RecordMetadata sent = probe.send(topic, "candidate-1", "{\"hello\":\"kafka\"}", Map.of("event-type", "Greeting"));
            assertTrue(sent.hasOffset());

            ConsumerRecord<String, String> received =
                    probe.awaitRecord(topic, TopicProbe.keyed("candidate-1"), Duration.ofSeconds(10));
            assertEquals("{\"hello\":\"kafka\"}", received.value());
            assertEquals("Greeting", TopicProbe.headers(received).get("event-type"));
            assertEquals(sent.partition(), received.partition());

            probe.send(topic, "candidate-2", "second");
            List<ConsumerRecord<String, String>> all = probe.readAll(topic, Duration.ofSeconds(10));
            assertEquals(List.of("candidate-1", "candidate-2"),
                    all.stream().map(ConsumerRecord::key).sorted().toList());
            assertTrue(probe.readAll("no-such-topic", Duration.ofSeconds(5)).isEmpty());
        }
    }

    @Test
    void postgresRoundTripWithDurableSettings() throws Exception {
        Database db = RealInfrastructure.database();
        String table = "greeting_" + Long.toHexString(System.nanoTime()); // unique if INTERVIEW_DB_URL is reused
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (id BIGINT PRIMARY KEY, text VARCHAR(100) NOT NULL)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?)")) {
                insert.setLong(1, 1);
                insert.setString(2, "hello postgres");
                assertEquals(1, insert.executeUpdate());
            }
            try (ResultSet rs = s.executeQuery("SELECT text FROM " + table + " WHERE id = 1")) {
                assertTrue(rs.next());
                assertEquals("hello postgres", rs.getString(1));
            }
            s.execute("DROP TABLE " + table);
            if (db.isEmbedded()) {
                assertEquals("on", show(s, "fsync"));
                assertEquals("on", show(s, "synchronous_commit"));
                assertEquals("interview", query(s, "SELECT current_database()"));
            }
        }
    }

    @Test
    void externalDatabaseUrlIsUsedAsIsAndNotStopped() throws Exception {
        Database shared = RealInfrastructure.database();
        Database external = Database.startOrConnect(RealInfrastructure.infraDir().resolve("unused"),
                Map.of(DatabaseOptions.ENV_URL, shared.jdbcUrl(), DatabaseOptions.ENV_PASSWORD, "secret"));
        assertFalse(external.isEmbedded());
        assertEquals(shared.jdbcUrl(), external.jdbcUrl());
        assertEquals("postgres", external.username());
        assertEquals("secret", external.password());
        external.close(); // must not stop the server it did not start
        try (Connection c = shared.connect(); Statement s = c.createStatement()) {
            assertEquals("1", query(s, "SELECT 1"));
        }
    }

    @Test
    void brokerJarsDoNotLeakOntoTheTestClasspath() {
        // kafka_2.13 and the log4j SLF4J binding are optional dependencies of deploy.
        for (String name : List.of("kafka.Kafka", "org.apache.logging.slf4j.Log4jLoggerFactory")) {
            try {
                Class.forName(name);
                throw new AssertionError(name + " is visible on the test classpath");
            } catch (ClassNotFoundException expected) {
                // good
            }
        }
    }

    private static String show(Statement s, String setting) throws Exception {
        return query(s, "SHOW " + setting);
    }

    private static String query(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
