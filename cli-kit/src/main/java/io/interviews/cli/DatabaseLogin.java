package io.interviews.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where a database is and who connects to it. */
public record DatabaseLogin(String jdbcUrl, String user, String password) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** Without the password, for messages. */
    @Override
    public String toString() {
        return user + " at " + jdbcUrl;
    }
}
