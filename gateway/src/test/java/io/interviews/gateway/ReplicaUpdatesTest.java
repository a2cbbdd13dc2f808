package io.interviews.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.gateway.service.InterviewNotifications;
import io.interviews.gateway.service.ReplicaNotifications;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.interviews.gateway.TestInterviews.TIMEOUT;
import static io.interviews.gateway.TestInterviews.ask;
import static io.interviews.gateway.TestInterviews.openEventStream;
import static io.interviews.gateway.TestInterviews.otherReplicasDatabase;
import static io.interviews.gateway.TestInterviews.register;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Live updates across gateway replicas, with this gateway as one replica and the other played by the test: a
 * listener of its own (another replica's {@link InterviewNotifications}, on its own connection) hears what this
 * gateway consumed, committed; and a transaction of its own (what another replica's consumer commits: the
 * read-model change and its notification) reaches this gateway's event streams, once committed.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ReplicaUpdatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anotherReplicaHearsOfAQuestionThisReplicaConsumedAndReadsItCommitted() throws Exception {
        Registration interview = register();
        Map<UUID, String> openQuestionWhenHeard = new ConcurrentHashMap<>();
        AtomicBoolean listening = new AtomicBoolean();
        try (ReplicaNotifications otherReplica = InterviewNotifications.listen(otherReplicasDatabase(),
                changed -> openQuestionWhenHeard.put(changed, openQuestionId(changed)),
                () -> listening.set(true))) {
            await().atMost(TIMEOUT).untilTrue(listening);

            ask(interview, "tech", "tech-1", 1);

            await().atMost(TIMEOUT).until(() -> openQuestionWhenHeard.containsKey(interview.id()));
            assertEquals("tech-1", openQuestionWhenHeard.get(interview.id()),
                    "notified only after the consumer's transaction committed");
        }
    }

    @Test
    void aChangeCommittedByAnotherReplicaReachesThisReplicasStreamsOnlyOnceCommitted() throws Exception {
        Registration pending = register();
        Registration committed = register();
        try (SseRecorder pendingStream = openEventStream(pending, pending.bearer());
             SseRecorder committedStream = openEventStream(committed, committed.bearer());
             Connection pendingTransaction = otherReplicasDatabase().getConnection();
             Connection committedTransaction = otherReplicasDatabase().getConnection()) {
            await().atMost(TIMEOUT).until(() -> !pendingStream.events("status").isEmpty()
                    && !committedStream.events("status").isEmpty());

            pendingTransaction.setAutoCommit(false);
            moveToStageAndNotify(pendingTransaction, pending.id(), "hr");
            committedTransaction.setAutoCommit(false);
            moveToStageAndNotify(committedTransaction, committed.id(), "hr");
            committedTransaction.commit();

            // notifications arrive in commit order: once the later commit is shown, the open one would have been
            await().atMost(TIMEOUT).until(() -> committedStream.events("status").size() == 2);
            assertEquals("hr", currentStage(committedStream.events("status").get(1)));
            assertEquals(1, pendingStream.events("status").size(), "nothing is shown before the commit");

            pendingTransaction.commit();
            await().atMost(TIMEOUT).until(() -> pendingStream.events("status").size() == 2);
            assertEquals("hr", currentStage(pendingStream.events("status").get(1)));
        }
    }

    /** What another replica's consumer commits when a stage starts: the read-model change and its notification. */
    private static void moveToStageAndNotify(Connection transaction, UUID interviewId, String stage)
            throws SQLException {
        try (PreparedStatement update = transaction.prepareStatement(
                "update gateway.interview set current_stage = ? where id = ?")) {
            update.setString(1, stage);
            update.setObject(2, interviewId);
            assertEquals(1, update.executeUpdate());
        }
        InterviewNotifications.notifyChanged(transaction, interviewId);
    }

    private static String openQuestionId(UUID interviewId) {
        try (Connection connection = otherReplicasDatabase().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select open_question_id from gateway.interview where id = ?")) {
            query.setObject(1, interviewId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getString(1) != null ? row.getString(1) : "none";
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String currentStage(SseRecorder.Event status) throws Exception {
        JsonNode data = JSON.readTree(status.data());
        return data.get("currentStage").asText();
    }
}
