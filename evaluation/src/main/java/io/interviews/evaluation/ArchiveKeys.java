package io.interviews.evaluation;

import io.interviews.cli.DatabaseLogin;
import io.interviews.events.DataKey;
import io.interviews.kit.DataKeys;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The interviews' data keys as the services read them, from the gateway's key table, over one read-only connection
 * for the run: what opens the archived scores' personal data and seals the re-scores. An interview whose key was
 * destroyed (erased) or that has none here gets an {@link DataKey#erased erased} key.
 */
final class ArchiveKeys implements AutoCloseable {

    private final Connection connection;
    /** Each key is asked for twice, to open the archived score and to seal its re-score. */
    private final Map<UUID, DataKey> read = new HashMap<>();

    private ArchiveKeys(Connection connection) {
        this.connection = connection;
    }

    static ArchiveKeys connect(DatabaseLogin login) {
        try {
            Connection connection = login.connect();
            connection.setReadOnly(true);
            return new ArchiveKeys(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database of the data keys as " + login, e);
        }
    }

    DataKey of(UUID interviewId) {
        return read.computeIfAbsent(interviewId, this::select);
    }

    private DataKey select(UUID interviewId) {
        try {
            return DataKeys.read(connection, interviewId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the data key of interview " + interviewId + " from " + DataKeys.TABLE,
                    e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the connection to the data keys", e);
        }
    }
}
