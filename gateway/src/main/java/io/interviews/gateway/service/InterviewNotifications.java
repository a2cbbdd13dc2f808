package io.interviews.gateway.service;

import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Which interviews changed, told to every gateway replica as {@link ReplicaNotifications} on the channel
 * {@value #CHANNEL}, the interview's id as the payload.
 */
public final class InterviewNotifications {

    public static final String CHANNEL = "interview_updates";

    private static final Logger LOG = Logger.getLogger(InterviewNotifications.class);

    private InterviewNotifications() {
    }

    /** Queues the notification that {@code interviewId} changed; it is delivered when the transaction commits. */
    public static void notifyChanged(Connection transaction, UUID interviewId) throws SQLException {
        ReplicaNotifications.send(transaction, CHANNEL, interviewId.toString());
    }

    /**
     * Starts listening on connections from {@code database}: each changed interview's id goes to {@code onChange},
     * and {@code onListening} runs after every (re)connection.
     */
    public static ReplicaNotifications listen(DataSource database, Consumer<UUID> onChange, Runnable onListening) {
        return ReplicaNotifications.listen(database, CHANNEL, payload -> changed(payload, onChange), onListening);
    }

    private static void changed(String payload, Consumer<UUID> onChange) {
        UUID interviewId;
        try {
            interviewId = UUID.fromString(payload);
        } catch (IllegalArgumentException e) {
            LOG.warnf("Ignored a notification on %s that names no interview: %s", CHANNEL, payload);
            return;
        }
        try {
            onChange.accept(interviewId);
        } catch (RuntimeException e) {
            // one interview's failed update must not stop the others'
            LOG.errorf(e, "Interview %s: its followers could not be updated", interviewId);
        }
    }
}
