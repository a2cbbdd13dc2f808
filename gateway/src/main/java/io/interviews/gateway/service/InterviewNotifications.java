package io.interviews.gateway.service;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Which interviews changed, told to every gateway replica through PostgreSQL's LISTEN/NOTIFY on the channel
 * {@value #CHANNEL}. {@link #notifyChanged} queues a notification inside the caller's transaction; PostgreSQL
 * delivers it to every listening connection only when that transaction commits (a rolled-back one is never
 * delivered, identical ones of one transaction once), in commit order.
 *
 * <p>A listener holds one connection of its own (not one of the pool: it never returns) on its own thread and
 * hands each changed interview's id to {@code onChange}. Notifications sent while it was disconnected are lost,
 * so after every (re)connection it calls {@code onListening}, where the receiver catches up from the database.
 */
public final class InterviewNotifications implements AutoCloseable {

    public static final String CHANNEL = "interview_updates";

    private static final Logger LOG = Logger.getLogger(InterviewNotifications.class);
    private static final int POLL_MILLIS = 500;
    /** How long the connection may stay quiet before it is checked (a silently dropped one would never throw). */
    private static final Duration IDLE_CHECK = Duration.ofSeconds(30);
    private static final int VALIDATION_TIMEOUT_SECONDS = 5;
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration MAX_RETRY = Duration.ofSeconds(10);

    private final DataSource database;
    private final Consumer<UUID> onChange;
    private final Runnable onListening;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread thread;

    private InterviewNotifications(DataSource database, Consumer<UUID> onChange, Runnable onListening) {
        this.database = database;
        this.onChange = onChange;
        this.onListening = onListening;
        this.thread = new Thread(this::listen, "interview-notifications");
        thread.setDaemon(true);
    }

    /** Queues the notification that {@code interviewId} changed; it is delivered when the transaction commits. */
    public static void notifyChanged(Connection transaction, UUID interviewId) throws SQLException {
        try (PreparedStatement notify = transaction.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, interviewId.toString());
            notify.execute();
        }
    }

    /** Starts listening on connections from {@code database}, reconnecting with backoff until closed. */
    public static InterviewNotifications listen(DataSource database, Consumer<UUID> onChange,
                                                Runnable onListening) {
        InterviewNotifications listener = new InterviewNotifications(database, onChange, onListening);
        listener.thread.start();
        return listener;
    }

    private void listen() {
        Duration retry = FIRST_RETRY;
        while (closed.getCount() > 0) {
            try (Connection connection = database.getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                retry = FIRST_RETRY;
                onListening.run();
                receive(connection.unwrap(PGConnection.class), connection);
            } catch (SQLException | RuntimeException e) {
                if (closed.getCount() > 0) {
                    LOG.warnf(e, "Listening for interview updates failed; reconnecting in %s ms", retry.toMillis());
                }
            }
            if (awaitClose(retry)) {
                return;
            }
            retry = retry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : retry.multipliedBy(2);
        }
    }

    private void receive(PGConnection notifications, Connection connection) throws SQLException {
        Instant lastHeard = Instant.now();
        while (closed.getCount() > 0) {
            PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
            if (received != null && received.length > 0) {
                lastHeard = Instant.now();
                for (PGNotification notification : received) {
                    changed(notification.getParameter());
                }
            } else if (Duration.between(lastHeard, Instant.now()).compareTo(IDLE_CHECK) > 0) {
                if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                    throw new SQLException("the listening connection is no longer valid");
                }
                lastHeard = Instant.now();
            }
        }
    }

    private void changed(String payload) {
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

    private boolean awaitClose(Duration timeout) {
        try {
            return closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Stops listening and waits for the listening thread to end. */
    @Override
    public void close() {
        closed.countDown();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
