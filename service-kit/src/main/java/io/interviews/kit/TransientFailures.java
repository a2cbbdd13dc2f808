package io.interviews.kit;

import jakarta.validation.ValidationException;
import org.apache.kafka.common.errors.RetriableException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure worth retrying (the database or the broker was unreachable, busy or too slow) from one that
 * will fail again (a bad event, a refused change). The cause chain is read from the outside in and the first
 * failure of either kind decides; a failure of neither kind is permanent, so an unknown error is never retried
 * in a loop.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isPermanent(cause)) {
                return false;
            }
            if (isTransientKind(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPermanent(Throwable failure) {
        return failure instanceof IllegalArgumentException || failure instanceof ValidationException;
    }

    private static boolean isTransientKind(Throwable failure) {
        return failure instanceof SQLTransientException
                || failure instanceof SQLRecoverableException
                || failure instanceof SQLException sql && isTransientSqlState(sql.getSQLState())
                || failure instanceof RetriableException
                || failure instanceof TimeoutException
                || failure instanceof SocketTimeoutException
                || failure instanceof ConnectException;
    }

    /**
     * PostgreSQL's SQLSTATEs for a connection lost or refused (class 08), a serialization failure or deadlock
     * (class 40), insufficient resources (class 53), a server shutting down (57P), a statement timeout (57014)
     * and a lock not available in time (55P03).
     */
    private static boolean isTransientSqlState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.startsWith("57P") || state.equals("57014") || state.equals("55P03"));
    }
}
