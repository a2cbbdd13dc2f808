package io.interviews.systemtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.interviews.deploy.infra.Database;
import io.interviews.deploy.stack.InterviewClient;
import io.interviews.deploy.stack.LocalStack;
import io.interviews.deploy.stack.SimulatedCandidate;
import io.interviews.events.DataKey;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewEvent;
import io.interviews.events.Topics;
import io.interviews.kit.DataKeys;
import io.interviews.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import static io.interviews.testsupport.TopicProbe.keyed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A candidate asks to be forgotten: after a whole interview (every stage, the score and the drafted letter), the
 * recruiter erases the candidate by email, and no table of any service's schema keeps a row that names them or
 * belongs to their interview (the erasure records themselves aside); the recruiter's view answers 410 Gone. On the
 * topics, which keep every record, the name, email and answers were never in clear, and after the erasure they no
 * longer open.
 */
@ExtendWith(LiveSystemExtension.class)
class ErasureSystemTest {

    private static final Duration INTERVIEW_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration ERASURE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    /** Tables that may hold an erased interview's id: the erasure's own record and its event in the outbox. */
    private static final String ERASURE_RECORDS = "erased_interview";
    /** Keeps an erased interview's id with its key destroyed (asserted apart). */
    private static final String DATA_KEYS = DataKeys.TABLE;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anErasedCandidateLeavesNoRowInAnyServiceAndTheirInterviewIsGone(LiveSystem system) throws Exception {
        LocalStack stack = system.stack();
        InterviewClient client = new InterviewClient(stack.gatewayUrl());
        String name = "Erin Erasmus";
        String email = "erin.erasmus." + UUID.randomUUID() + "@example.com";
        InterviewClient.Registration interview = client.invite(new InterviewClient.Application(
                Map.of("name", name, "email", email),
                Map.of("title", "Backend Engineer", "level", "senior", "location", "London"), "en", null),
                stack.recruiterKey());
        List<String> answers = new SimulatedCandidate("weak", "en")
                .takeInterview(client, interview, INTERVIEW_TIMEOUT, exchange -> { }).stream()
                .map(SimulatedCandidate.AnsweredQuestion::answer).toList();
        SimulatedCandidate.awaitStatus(client, interview, "AWAITING_DECISION", INTERVIEW_TIMEOUT);
        assertFalse(personalRows(stack.database(), interview.interviewId(), name, email).isEmpty(),
                "before the erasure every service holds the interview");
        // as they read inside JSON; answers long enough not to occur in other text by chance
        List<String> personal = new ArrayList<>(List.of(name, email));
        answers.stream().filter(answer -> answer.length() >= 20).map(ErasureSystemTest::asInJson)
                .forEach(personal::add);
        List<ConsumerRecord<String, String>> records = recordsOf(stack, interview.interviewId());
        // every record of every topic, dead letters included: nothing personal in clear, and with the data key it
        // opens (the events' names and answers are there)
        assertEquals(List.of(), mentions(records.stream().map(ConsumerRecord::value).toList(), personal));
        String opened = String.join("\n", opened(stack.database(), records));
        assertTrue(personal.stream().allMatch(opened::contains), "the sealed fields open");

        HttpResponse<String> erased = http.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl()
                        + "/api/recruiter/erasures"))
                .header("X-Recruiter-Key", stack.recruiterKey()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"candidateEmail\": \"" + email + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(erased.body().contains(interview.interviewId()), erased.body());

        Instant deadline = Instant.now().plus(ERASURE_TIMEOUT);
        List<String> left = personalRows(stack.database(), interview.interviewId(), name, email);
        while (!left.isEmpty() && Instant.now().isBefore(deadline)) {
            // every other service erases when it consumes the gateway's InterviewErased: poll until they have
            LockSupport.parkNanos(POLL_INTERVAL.toNanos());
            left = personalRows(stack.database(), interview.interviewId(), name, email);
        }
        assertEquals(List.of(), left, "rows left behind by the erasure");
        HttpResponse<String> view = http.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl()
                        + "/api/recruiter/interviews/" + interview.interviewId()))
                .header("X-Recruiter-Key", stack.recruiterKey()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(410, view.statusCode(), view.body());
        assertTrue(view.body().contains("the interview was erased"), view.body());
        // crypto-shredding: the topics keep their records, which no longer open
        assertEquals(List.of(), mentions(opened(stack.database(), recordsOf(stack, interview.interviewId())), personal),
                "personal data readable after the erasure");
    }

    /** Every record about the interview on every topic of the system, dead letters included. */
    private static List<ConsumerRecord<String, String>> recordsOf(LocalStack stack, String interviewId) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (TopicProbe topics = new TopicProbe(stack.kafkaBootstrapServers())) {
            for (String topic : Topics.ALL) {
                topics.readAll(topic, Duration.ofSeconds(10)).stream()
                        .filter(keyed(interviewId))
                        .forEach(records::add);
            }
        }
        assertFalse(records.isEmpty(), "the interview's events are on the topics");
        return records;
    }

    /** The records' events with their personal fields opened by the data keys as they are now, in clear JSON. */
    private static List<String> opened(Database database, List<ConsumerRecord<String, String>> records)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password())) {
            List<String> opened = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                opened.add(EventCodec.encode(EventCodec.decode(record.value(), InterviewEvent.class,
                        interviewId -> dataKey(connection, interviewId))));
            }
            return opened;
        }
    }

    private static DataKey dataKey(Connection connection, UUID interviewId) {
        try {
            return DataKeys.read(connection, interviewId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String asInJson(String text) {
        try {
            String quoted = EventCodec.objectMapper().writeValueAsString(text);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The values among {@code texts} that anything in {@code personal} occurs in, with what occurs. */
    private static List<String> mentions(List<String> texts, List<String> personal) {
        return texts.stream()
                .flatMap(text -> personal.stream().filter(text::contains).map(found -> found + " in " + text))
                .toList();
    }

    /**
     * Every row of every table in the services' schemas whose text mentions the name, the email or the interview id,
     * as {@code schema.table (count)}; the erasure's own records (the interview id, time and reason) are not personal.
     */
    private static List<String> personalRows(Database database, String interviewId, String name, String email)
            throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password())) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = connection.createStatement().executeQuery("""
                    select table_schema || '.' || table_name from information_schema.tables
                    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                      and table_name <> 'flyway_schema_history'""")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            for (String table : tables) {
                if (table.endsWith("." + ERASURE_RECORDS) || table.equals(DATA_KEYS)) {
                    continue;
                }
                String mentions = "select count(*) from " + table + " t where (t::text like ? or t::text like ? "
                        + "or t::text like ?)" + (table.endsWith(".outbox_message")
                        ? " and event_type <> 'interview.erased.v1'" : "");
                try (PreparedStatement statement = connection.prepareStatement(mentions)) {
                    statement.setString(1, "%" + name + "%");
                    statement.setString(2, "%" + email + "%");
                    statement.setString(3, "%" + interviewId + "%");
                    try (ResultSet result = statement.executeQuery()) {
                        result.next();
                        if (result.getLong(1) > 0) {
                            found.add(table + " (" + result.getLong(1) + ")");
                        }
                    }
                }
            }
        }
        return found;
    }
}
