package io.interviews.deploy.ops;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox rows Kafka refused for what they are (service-kit parks them: {@code parked_at}, {@code parked_reason}),
 * in every schema of the database that has an outbox. A parked row holds back its interview's later events until an
 * operator releases it (the relay publishes it, then the rest) or discards it (the rest go on without it).
 */
final class ParkedEvents {

    private static final String OUTBOX = "outbox_message";

    /**
     * @param heldBack the interview's unpublished events after this one in the same schema, which wait for it
     */
    record Parked(String schema, UUID eventId, String interview, String type, String topic, Instant parkedAt,
                  String reason, int heldBack) {

        String format() {
            return String.format("%-10s %s  interview %s  %s -> %s  parked %s, holds back %d: %s", schema, eventId,
                    interview, type, topic, parkedAt, heldBack, reason);
        }
    }

    private final Connection connection;

    ParkedEvents(Connection connection) {
        this.connection = connection;
    }

    List<Parked> list() throws SQLException {
        List<Parked> parked = new ArrayList<>();
        for (String schema : outboxSchemas()) {
            String sql = "select p.event_id, p.record_key, p.event_type, p.topic, p.parked_at, p.parked_reason, "
                    + "(select count(*) from " + table(schema) + " later where later.record_key = p.record_key "
                    + "and later.id > p.id and later.published_at is null) as held_back "
                    + "from " + table(schema) + " p where p.parked_at is not null order by p.id";
            try (PreparedStatement statement = connection.prepareStatement(sql);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    parked.add(new Parked(schema, rows.getObject("event_id", UUID.class), rows.getString("record_key"),
                            rows.getString("event_type"), rows.getString("topic"),
                            rows.getTimestamp("parked_at").toInstant(), rows.getString("parked_reason"),
                            rows.getInt("held_back")));
                }
            }
        }
        return parked;
    }

    /** Puts a parked event back in line: the relay's next sweep publishes it, then the events it held back. */
    Optional<Parked> release(UUID eventId) throws SQLException {
        return change(eventId,
                "update %s set parked_at = null, parked_reason = null where event_id = ? and parked_at is not null");
    }

    /** Drops a parked event for good: its interview's later events are published without it. */
    Optional<Parked> discard(UUID eventId) throws SQLException {
        return change(eventId, "delete from %s where event_id = ? and parked_at is not null");
    }

    private Optional<Parked> change(UUID eventId, String sql) throws SQLException {
        Optional<Parked> parked = list().stream().filter(row -> row.eventId().equals(eventId)).findFirst();
        if (parked.isEmpty()) {
            return parked;
        }
        String statementSql = String.format(sql, table(parked.get().schema()));
        try (PreparedStatement statement = connection.prepareStatement(statementSql)) {
            statement.setObject(1, eventId);
            return statement.executeUpdate() == 1 ? parked : Optional.empty();
        }
    }

    /** Every schema with a service-kit outbox (one per service), so no list of services needs to be kept here. */
    private List<String> outboxSchemas() throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select table_schema from "
                + "information_schema.tables where table_name = ? order by table_schema")) {
            statement.setString(1, OUTBOX);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    schemas.add(rows.getString(1));
                }
            }
        }
        return schemas;
    }

    /** The schema names come from the catalogue, never from the command line; quoted all the same. */
    private static String table(String schema) {
        return "\"" + schema.replace("\"", "\"\"") + "\"." + OUTBOX;
    }
}
