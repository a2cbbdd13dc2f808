package io.interviews.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * Connections for {@link ReplicaNotifications} listeners: to the gateway's database, outside the pool (a listening
 * connection is held for good), with TCP keep-alive.
 */
@ApplicationScoped
public class ListeningConnections {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> databaseUser;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> databasePassword;

    /** Connections named {@code applicationName} in {@code pg_stat_activity}. */
    public DataSource named(String applicationName) {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(databaseUrl);
        databaseUser.ifPresent(database::setUser);
        databasePassword.ifPresent(database::setPassword);
        database.setTcpKeepAlive(true);
        database.setApplicationName(applicationName);
        return database;
    }
}
