package io.interviews.kit;

import io.interviews.events.DataKey;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The interviews' data keys (crypto-shredding): the gateway creates one at intake and destroys it at erasure, every
 * service reads them from the one key table ({@code data_keys.interview_data_key}, the gateway's migration) to seal
 * what it publishes and open what it consumes. A destroyed key leaves a row without key, so an event written after
 * the erasure carries {@value DataKey#ERASED} instead of personal data, and every sealed copy reads the same.
 */
@ApplicationScoped
public class DataKeys {

    /** The key table (the gateway's migration {@code V15__data_keys.sql}). */
    public static final String TABLE = "data_keys.interview_data_key";

    /** Interviews whose keys a service keeps: far more than run at once. */
    private static final int RECENT_KEYS = 10_000;

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final boolean sealed;
    private final RecentKeys recentKeys;

    DataKeys(EntityManager entityManager, DataSource dataSource, PersonalDataConfig config) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.sealed = config.sealed();
        this.recentKeys = new RecentKeys(config.keyCacheTimeToLive(), RECENT_KEYS, System::nanoTime);
    }

    /** The bean, where Quarkus runs (the Kafka clients create the record (de)serializers themselves). */
    static Optional<DataKeys> inContainer() {
        ArcContainer container = Arc.container();
        return container == null || !container.isRunning() ? Optional.empty()
                : Optional.ofNullable(container.instance(DataKeys.class).orElse(null)).filter(DataKeys::sealed);
    }

    /**
     * Whether this service seals and opens personal data ({@code interview.personal-data.sealed}). A method, not the
     * field: the container hands out a client proxy, whose own fields are never set.
     */
    public boolean sealed() {
        return sealed;
    }

    /**
     * A new key for a new interview, in the transaction that registers it (the gateway's intake); nothing when it has
     * a row already (two gateways giving keys to the interviews that had none, at start-up).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void create(UUID interviewId) {
        if (!sealed) {
            return;
        }
        entityManager.createNativeQuery("insert into " + TABLE + " (interview_id, data_key, created_at) "
                        + "values (:id, :key, :at) on conflict (interview_id) do nothing")
                .setParameter("id", interviewId)
                .setParameter("key", DataKey.generate(interviewId).bytes().orElseThrow())
                .setParameter("at", Instant.now())
                .executeUpdate();
    }

    /** Destroys the interview's key: from then on its personal values read {@value DataKey#ERASED} everywhere. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void destroy(UUID interviewId) {
        if (!sealed) {
            return;
        }
        recentKeys.forget(interviewId);
        entityManager.createNativeQuery("insert into " + TABLE + " (interview_id, data_key, created_at, erased_at) "
                        + "values (:id, null, :at, :at) "
                        + "on conflict (interview_id) do update set data_key = null, erased_at = excluded.erased_at")
                .setParameter("id", interviewId)
                .setParameter("at", Instant.now())
                .executeUpdate();
    }

    /** Forgets the interview's key in this service's memory: its erasure ran here. */
    public void forget(UUID interviewId) {
        recentKeys.forget(interviewId);
    }

    /**
     * The key that seals an event of the interview this service publishes, from memory or read in the producer's
     * transaction (so the gateway's intake sees the key it just created); empty when sealing is off.
     *
     * @throws IllegalStateException if the interview has no key: it was not registered through the gateway
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DataKey> forSealing(UUID interviewId) {
        if (!sealed) {
            return Optional.empty();
        }
        Optional<DataKey> recent = recentKeys.get(interviewId);
        if (recent.isPresent()) {
            return recent;
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = entityManager.createNativeQuery("select data_key from " + TABLE
                        + " where interview_id = :id")
                .setParameter("id", interviewId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("interview " + interviewId + " has no data key: only interviews the "
                    + "gateway registered are published (interview.personal-data.sealed)");
        }
        return Optional.of(remembered(keyOf(interviewId, (byte[]) rows.get(0))));
    }

    /**
     * The interview's key, from memory or read outside any transaction: what opens a consumed event (and seals a
     * dead letter again); an erased key when the interview has none any more (or never had one here).
     */
    public DataKey current(UUID interviewId) {
        Optional<DataKey> recent = recentKeys.get(interviewId);
        if (recent.isPresent()) {
            return recent.get();
        }
        try (Connection connection = dataSource.getConnection()) {
            return remembered(read(connection, interviewId));
        } catch (SQLException e) {
            // the record cannot be read now: it goes to the dead-letter topic with this reason, unopened
            throw new IllegalStateException("cannot read the data key of interview " + interviewId, e);
        }
    }

    /**
     * The interview's key in the key table, read over {@code connection} (also by the tools that open archived
     * events); erased when the interview's row has none, or it has no row.
     */
    public static DataKey read(Connection connection, UUID interviewId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select data_key from " + TABLE
                + " where interview_id = ?")) {
            select.setObject(1, interviewId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? keyOf(interviewId, row.getBytes(1)) : DataKey.erased(interviewId);
            }
        }
    }

    /** A live key is kept; an erased one is not (no row may yet mean a row to come), it is rare after all. */
    private DataKey remembered(DataKey key) {
        if (!key.isErased()) {
            recentKeys.put(key);
        }
        return key;
    }

    private static DataKey keyOf(UUID interviewId, byte[] bytes) {
        return bytes == null ? DataKey.erased(interviewId) : DataKey.of(interviewId, bytes);
    }
}
