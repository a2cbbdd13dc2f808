package io.interviews.deploy.ops;

import io.interviews.deploy.DeployCommand;
import io.interviews.deploy.infra.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code parked} against a real PostgreSQL with two services' outboxes, made by service-kit's own migrations: one
 * parked event in each, and later events of the same interview waiting behind one of them.
 */
class ParkedCommandTest {

    private static final Path OUTBOX_MIGRATIONS = Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
            .normalize().getParent().resolve("service-kit/src/main/resources/db/service-kit");
    private static final UUID TOO_LARGE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID BAD_TOPIC = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    private static final String INTERVIEW = "7d4c1f0e-0000-0000-0000-000000000001";

    @TempDir
    static Path workDir;
    private static Database database;

    @BeforeAll
    static void startDatabase() throws Exception {
        database = Database.startOrConnect(workDir, Map.of());
        for (String schema : List.of("gateway", "scoring")) {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("create schema " + schema);
                statement.execute("set search_path to " + schema);
                for (String migration : migrations()) {
                    statement.execute(migration);
                }
            }
        }
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void parkOneEventInEachService() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("truncate gateway.outbox_message, scoring.outbox_message");
        }
        insert("gateway", TOO_LARGE, "interview.stage-completed.v1", "RecordTooLargeException: 1.4 MB", true);
        insert("gateway", UUID.randomUUID(), "interview.answer-submitted.v1", null, false);
        insert("gateway", UUID.randomUUID(), "interview.answer-submitted.v1", null, false);
        insert("scoring", BAD_TOPIC, "interview.scored.v1", "InvalidTopicException", true);
    }

    @Test
    void listsEveryParkedEventWithWhatItHoldsBack() {
        Run run = run("parked");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("2 parked event(s)", lines.get(0));
        assertTrue(lines.get(1).startsWith("gateway    " + TOO_LARGE + "  interview " + INTERVIEW), lines.get(1));
        assertTrue(lines.get(1).endsWith("holds back 2: RecordTooLargeException: 1.4 MB"), lines.get(1));
        assertTrue(lines.get(2).startsWith("scoring    " + BAD_TOPIC), lines.get(2));
        assertTrue(lines.get(2).endsWith("holds back 0: InvalidTopicException"), lines.get(2));
    }

    @Test
    void aReleasedEventIsBackInLineForTheRelay() throws SQLException {
        Run run = run("parked", "--release", TOO_LARGE.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Released gateway    " + TOO_LARGE), run.out());
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(
                "select parked_at, parked_reason, published_at from gateway.outbox_message where event_id = ?")) {
            query.setObject(1, TOO_LARGE);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertNull(row.getTimestamp("parked_at"));
                assertNull(row.getString("parked_reason"));
                assertNull(row.getTimestamp("published_at"), "the relay publishes it, not the command");
            }
        }
        assertEquals("1 parked event(s)", run("parked").out().lines().findFirst().orElseThrow());
    }

    @Test
    void aDiscardedEventIsGoneAndOnlyThatOne() throws SQLException {
        Run run = run("parked", "--discard", BAD_TOPIC.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Discarded scoring    " + BAD_TOPIC), run.out());
        assertEquals(0, count("scoring"));
        assertEquals(3, count("gateway"));
    }

    @Test
    void anEventThatIsNotParkedIsNeitherReleasedNorDiscarded() throws SQLException {
        UUID unknown = UUID.randomUUID();

        Run release = run("parked", "--release", unknown.toString());
        Run discard = run("parked", "--discard", unknown.toString());

        assertEquals(1, release.exitCode());
        assertEquals("error: no parked event " + unknown, release.err().strip());
        assertEquals(1, discard.exitCode());
        assertEquals(4, count("gateway") + count("scoring"));
    }

    @Test
    void releaseAndDiscardTogetherOrAMalformedIdAreUsageErrors() {
        assertEquals(2, run("parked", "--release", TOO_LARGE.toString(), "--discard", BAD_TOPIC.toString()).exitCode());
        Run malformed = run("parked", "--release", "not-an-id");
        assertEquals(2, malformed.exitCode());
        assertFalse(malformed.err().isBlank());
    }

    @Test
    void withoutADatabaseTheCommandSaysWhichOptionIsMissing() {
        StringWriter err = new StringWriter();
        int exitCode = DeployCommand.commandLine().setErr(new PrintWriter(err)).execute("parked", "--jdbc-url=");
        assertEquals(2, exitCode);
        assertTrue(err.toString().startsWith("Missing required option: '--jdbc-url=JDBC_URL' (or $INTERVIEW_DB_URL)"),
                err.toString());
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] withDatabase = Stream.concat(Stream.of(args),
                Stream.of("--jdbc-url", database.jdbcUrl(), "--db-user", database.username())).toArray(String[]::new);
        int exitCode = DeployCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(withDatabase);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static void insert(String schema, UUID eventId, String type, String parkedReason, boolean parked)
            throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement insert = connection.prepareStatement(
                "insert into " + schema + ".outbox_message (event_id, topic, record_key, event_type, payload, occurred_at, "
                        + "parked_at, parked_reason) values (?, ?, ?, ?, '{}', now(), ?, ?)")) {
            insert.setObject(1, eventId);
            insert.setString(2, type.substring(0, type.lastIndexOf('.')));
            insert.setString(3, INTERVIEW);
            insert.setString(4, type);
            insert.setObject(5, parked ? OffsetDateTime.now() : null);
            insert.setString(6, parkedReason);
            insert.executeUpdate();
        }
    }

    private static int count(String schema) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + schema + ".outbox_message")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** service-kit's outbox and inbox migrations, in version order. */
    private static List<String> migrations() throws IOException {
        try (Stream<Path> files = Files.list(OUTBOX_MIGRATIONS)) {
            return files.sorted().map(file -> {
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
