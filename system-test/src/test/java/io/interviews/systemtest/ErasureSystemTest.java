package io.interviews.systemtest;

import io.interviews.deploy.infra.Database;
import io.interviews.deploy.stack.InterviewClient;
import io.interviews.deploy.stack.LocalStack;
import io.interviews.deploy.stack.SimulatedCandidate;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A candidate asks to be forgotten: after a whole interview (every stage, the score and the drafted letter), the
 * recruiter erases the candidate by email, and no table of any service's schema keeps a row that names them or
 * belongs to their interview (the erasure records themselves aside); the recruiter's view answers 410 Gone.
 */
@ExtendWith(LiveSystemExtension.class)
class ErasureSystemTest {

    private static final Duration INTERVIEW_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration ERASURE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    /** Tables that may hold an erased interview's id: the erasure's own record and its event in the outbox. */
    private static final String ERASURE_RECORDS = "erased_interview";

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
        new SimulatedCandidate("weak", "en").takeInterview(client, interview, INTERVIEW_TIMEOUT, exchange -> { });
        SimulatedCandidate.awaitStatus(client, interview, "AWAITING_DECISION", INTERVIEW_TIMEOUT);
        assertFalse(personalRows(stack.database(), interview.interviewId(), name, email).isEmpty(),
                "before the erasure every service holds the interview");

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
                if (table.endsWith("." + ERASURE_RECORDS)) {
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
