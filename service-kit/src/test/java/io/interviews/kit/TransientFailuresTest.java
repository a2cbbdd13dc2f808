package io.interviews.kit;

import jakarta.persistence.PersistenceException;
import jakarta.validation.ValidationException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import static io.interviews.kit.TransientFailures.isTransient;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransientFailuresTest {

    @Test
    void anUnreachableOrBusyDatabaseIsTransientHoweverDeeplyWrapped() {
        assertTrue(isTransient(new SQLTransientConnectionException("pool exhausted")));
        assertTrue(isTransient(new PersistenceException("could not execute statement",
                new SQLException("Connection to localhost:5432 refused", "08001"))));
        assertTrue(isTransient(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
        assertTrue(isTransient(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(isTransient(new SQLException("canceling statement due to statement timeout", "57014")));
        assertTrue(isTransient(new SQLException("Acquisition timeout while waiting for new connection",
                new TimeoutException())));
    }

    @Test
    void anUnreachableBrokerOrNetworkIsTransient() {
        assertTrue(isTransient(new IllegalStateException(new NotEnoughReplicasException("2 in sync needed"))));
        assertTrue(isTransient(new org.apache.kafka.common.errors.TimeoutException("metadata not available")));
        assertTrue(isTransient(new ConnectException("Connection refused")));
    }

    @Test
    void badInputRefusalsAndUnknownErrorsArePermanent() {
        assertFalse(isTransient(new IllegalArgumentException("unknown stage")));
        assertFalse(isTransient(new ValidationException("salary must be whole")));
        assertFalse(isTransient(new IllegalStateException("answer refused")));
        assertFalse(isTransient(new SQLException("duplicate key value violates unique constraint", "23505")));
        assertFalse(isTransient(new RecordTooLargeException("1.4 MB")));
        assertFalse(isTransient(new NullPointerException()));
    }

    @Test
    void theOutermostKnownKindDecides() {
        assertFalse(isTransient(new IllegalArgumentException("bad event", new TimeoutException())));
        assertTrue(isTransient(new RuntimeException("wrapped", new TimeoutException("late"))));
    }
}
