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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * What one gateway replica tells every replica, through PostgreSQL's LISTEN/NOTIFY on a channel.
 * {@link #send} queues a notification inside the caller's transaction; PostgreSQL delivers it to every listening
 * connection only when that transaction commits (a rolled-back one is never delivered, identical ones of one
 * transaction once), in commit order.
 *
 * <p>A listener holds one connection of its own (not one of the pool: it never returns) on its own thread and
 * hands each notification's payload to {@code onNotification}. Notifications sent while it was disconnected are
 * lost, so after every (re)connection it calls {@code onListening}, where the receiver catches up from the
 * database. If {@code onNotification} or {@code onListening} throws, the listener reconnects as after a lost
 * connection, and so catches up again.
 */
public final class ReplicaNotifications implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ReplicaNotifications.class);
    private static final int POLL_MILLIS = 500;
    /** How long the connection may stay quiet before it is checked (a silently dropped one would never throw). */
    private static final Duration IDLE_CHECK = Duration.ofSeconds(30);
    private static final int VALIDATION_TIMEOUT_SECONDS = 5;
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration MAX_RETRY = Duration.ofSeconds(10);

    private final DataSource database;
    private final String channel;
    private final Consumer<String> onNotification;
    private final Runnable onListening;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread thread;

    private ReplicaNotifications(DataSource database, String channel, Consumer<String> onNotification,
                                 Runnable onListening) {
        this.database = database;
        this.channel = channel;
        this.onNotification = onNotification;
        this.onListening = onListening;
        this.thread = new Thread(this::listen, channel + "-listener");
        thread.setDaemon(true);
    }

    /** Queues {@code payload} on {@code channel}; it is delivered when the transaction commits. */
    public static void send(Connection transaction, String channel, String payload) throws SQLException {
        try (PreparedStatement notify = transaction.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, channel);
            notify.setString(2, payload);
            notify.execute();
        }
    }

    /**
     * Starts listening on {@code channel} (a plain identifier) on connections from {@code database}, reconnecting
     * with backoff until closed.
     */
    public static ReplicaNotifications listen(DataSource database, String channel, Consumer<String> onNotification,
                                              Runnable onListening) {
        ReplicaNotifications listener = new ReplicaNotifications(database, channel, onNotification, onListening);
        listener.thread.start();
        return listener;
    }

    private void listen() {
        Duration retry = FIRST_RETRY;
        while (closed.getCount() > 0) {
            try (Connection connection = database.getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + channel);
                }
                retry = FIRST_RETRY;
                onListening.run();
                receive(connection.unwrap(PGConnection.class), connection);
            } catch (SQLException | RuntimeException e) {
                if (closed.getCount() > 0) {
                    LOG.warnf(e, "Listening on %s failed; reconnecting in %s ms", channel, retry.toMillis());
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
                    onNotification.accept(notification.getParameter());
                }
            } else if (Duration.between(lastHeard, Instant.now()).compareTo(IDLE_CHECK) > 0) {
                if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                    throw new SQLException("the listening connection is no longer valid");
                }
                lastHeard = Instant.now();
            }
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
