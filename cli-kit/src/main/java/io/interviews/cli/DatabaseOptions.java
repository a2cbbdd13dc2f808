package io.interviews.cli;

import picocli.CommandLine.Option;

import java.util.Map;
import java.util.Optional;

/**
 * The services' PostgreSQL, as a picocli {@code @Mixin}: the same environment variables the local stack reads, and a
 * password that never appears on a command line (where every user of the machine could read it in the process list).
 */
public final class DatabaseOptions {

    public static final String ENV_URL = "INTERVIEW_DB_URL";
    public static final String ENV_USER = "INTERVIEW_DB_USER";
    public static final String ENV_PASSWORD = "INTERVIEW_DB_PASSWORD";
    public static final String DEFAULT_USER = "postgres";
    public static final String DEFAULT_PASSWORD = "postgres";

    @Option(names = "--jdbc-url", paramLabel = "JDBC_URL", defaultValue = "${env:" + ENV_URL + "}",
            description = "the services' database, e.g. jdbc:postgresql://db:5432/interview (default: $" + ENV_URL + ")")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:" + ENV_USER + ":-" + DEFAULT_USER + "}",
            description = "the role to connect as (default: $" + ENV_USER + ", else " + DEFAULT_USER + "); its "
                    + "password is read from $" + ENV_PASSWORD + " (else " + DEFAULT_PASSWORD + "), never from the "
                    + "command line")
    String user;

    /** The login, when a database is named ({@code --jdbc-url} or its variable, not blank). */
    public Optional<DatabaseLogin> login() {
        return login(System.getenv());
    }

    Optional<DatabaseLogin> login(Map<String, String> environment) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            return Optional.empty();
        }
        String password = Optional.ofNullable(environment.get(ENV_PASSWORD)).orElse(DEFAULT_PASSWORD);
        return Optional.of(new DatabaseLogin(jdbcUrl.trim(), user, password));
    }
}
