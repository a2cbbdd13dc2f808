package io.interviews.floor;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's side of the whole path, as the system's gateway does it and no more: an answer updates the read model
 * and queues its event in one transaction; a question consumed updates the read model and announces the change
 * through PostgreSQL (LISTEN/NOTIFY, delivered on commit, to every replica); the listener reads the committed state and
 * sends it to the interview's followers.
 */
@ApplicationScoped
public class PathGateway {

    private static final String CHANNEL = "floor_path";
    /** What a new follower is sent first, as the system's gateway sends the interview's state. */
    static final String OPEN = "open";

    private final EntityManager entityManager;
    private final OutboxPublisher outbox;
    private final AgroalDataSource dataSource;
    private final Map<UUID, BroadcastProcessor<String>> followers = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    PathGateway(EntityManager entityManager, OutboxPublisher outbox, AgroalDataSource dataSource) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.dataSource = dataSource;
    }

    @Transactional
    public void accept(UUID interviewId, String text) {
        PathState state = PathState.findById(interviewId);
        if (state == null) {
            state = new PathState();
            state.id = interviewId;
        }
        state.lastAnswer = text;
        state.updatedAt = Instant.now();
        state.persist();
        outbox.add("floor.path.answers", PathRecord.next(interviewId, text).toString());
    }

    /** The interview's questions as they come, after an {@value #OPEN} event once they are followed. */
    public Multi<String> follow(UUID interviewId) {
        // merged in this order, the questions are subscribed to before the opening event is sent
        BroadcastProcessor<String> questions = followers.computeIfAbsent(interviewId, id -> BroadcastProcessor.create());
        return Multi.createBy().merging().streams(questions, Multi.createFrom().item(OPEN));
    }

    @Incoming("path-questions")
    @Transactional
    public void asked(String question) {
        PathRecord record = PathRecord.parse(question);
        if (Inbox.firstDelivery(record.recordId())) {
            PathState state = PathState.findById(record.interviewId());
            state.lastQuestion = record.text();
            state.updatedAt = Instant.now();
            entityManager.createNativeQuery("select pg_notify(:channel, :id)")
                    .setParameter("channel", CHANNEL)
                    .setParameter("id", record.interviewId().toString())
                    .getSingleResult();
        }
    }

    void listen(@Observes StartupEvent started) {
        Thread listener = new Thread(this::receive, CHANNEL + "-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        stopped = true;
    }

    private void receive() {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement listen = connection.createStatement()) {
                listen.execute("LISTEN " + CHANNEL);
            }
            PGConnection notifications = connection.unwrap(PGConnection.class);
            while (!stopped) {
                PGNotification[] received = notifications.getNotifications(500);
                if (received != null) {
                    for (PGNotification notification : received) {
                        send(UUID.fromString(notification.getParameter()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("listening on " + CHANNEL + " failed", e);
        }
    }

    private void send(UUID interviewId) throws SQLException {
        BroadcastProcessor<String> stream = followers.get(interviewId);
        if (stream == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select last_question from path_state where id = ?")) {
            select.setObject(1, interviewId);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    stream.onNext(row.getString(1));
                }
            }
        }
    }
}
