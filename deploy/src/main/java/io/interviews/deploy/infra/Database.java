package io.interviews.deploy.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.interviews.cli.DatabaseLogin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import static io.interviews.cli.DatabaseOptions.DEFAULT_PASSWORD;
import static io.interviews.cli.DatabaseOptions.DEFAULT_USER;
import static io.interviews.cli.DatabaseOptions.ENV_PASSWORD;
import static io.interviews.cli.DatabaseOptions.ENV_URL;
import static io.interviews.cli.DatabaseOptions.ENV_USER;

/**
 * The PostgreSQL database of the system: an external server named by {@code INTERVIEW_DB_URL}, or
 * otherwise an embedded PostgreSQL (zonky, real PostgreSQL binaries) started under a work dir.
 *
 * <p>The embedded server runs with {@code fsync=on} and {@code synchronous_commit=on}: zonky's
 * defaults trade durability for speed, which would make crash/recovery claims meaningless.
 */
public final class Database implements AutoCloseable {

    public static final String DATABASE_NAME = "interview";

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final EmbeddedPostgres embedded;
    private final Path logFile;
    private final Process watchdog;

    private Database(String jdbcUrl, String username, String password, EmbeddedPostgres embedded, Path logFile,
                     Process watchdog) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.embedded = embedded;
        this.logFile = logFile;
        this.watchdog = watchdog;
    }

    /** {@link #startOrConnect(Path, Map)} with the process environment. */
    public static Database startOrConnect(Path workDir) {
        return startOrConnect(workDir, System.getenv());
    }

    /**
     * Uses the database named by {@code INTERVIEW_DB_URL} in {@code env} (with
     * {@code INTERVIEW_DB_USER}/{@code INTERVIEW_DB_PASSWORD}, default postgres/postgres) without
     * starting anything; otherwise starts an embedded PostgreSQL with its files under
     * {@code workDir} (binaries in {@code bin/}, data in {@code data/}, server log
     * {@code postgres.log}) and creates the database {@code interview}.
     */
    public static Database startOrConnect(Path workDir, Map<String, String> env) {
        String url = env.get(ENV_URL);
        if (url != null && !url.isBlank()) {
            return new Database(url.trim(),
                    Optional.ofNullable(env.get(ENV_USER)).filter(s -> !s.isBlank()).orElse(DEFAULT_USER),
                    Optional.ofNullable(env.get(ENV_PASSWORD)).orElse(DEFAULT_PASSWORD),
                    null, null, null);
        }
        return startEmbedded(workDir.toAbsolutePath().normalize());
    }

    private static Database startEmbedded(Path dir) {
        Path dataDir = dir.resolve("data");
        Path binDir = dir.resolve("bin");
        Path log = dir.resolve("postgres.log");
        try {
            Files.createDirectories(binDir);
            stopOrphanedPostmaster(dataDir);
            // initdb refuses a non-empty directory; a crashed earlier run may have left one.
            ProcessSupport.deleteRecursively(dataDir);
            Files.deleteIfExists(log);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(binDir.toFile())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE_NAME);
            } catch (SQLException e) {
                pg.close();
                throw new IllegalStateException("Could not create database " + DATABASE_NAME, e);
            }
            String url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/" + DATABASE_NAME;
            // zonky's initdb uses trust authentication: any password is accepted.
            return new Database(url, DEFAULT_USER, DEFAULT_PASSWORD, pg, log, startWatchdog(dataDir));
        } catch (IOException e) {
            throw new IllegalStateException(ProcessSupport.describeFailure(
                    "Could not start embedded PostgreSQL under " + dir + ": " + e.getMessage(), log), e);
        }
    }

    /**
     * A JVM killed with SIGKILL leaves its postmaster running on the old data dir; stop it so that
     * the directory can be reused. Only a live process whose command is {@code postgres} is touched.
     */
    private static void stopOrphanedPostmaster(Path dataDir) {
        postmasterPid(dataDir).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                        .orElse(false))
                .ifPresent(p -> {
                    // SIGTERM is PostgreSQL's "smart" shutdown; there are no clients left.
                    p.destroy();
                    try {
                        p.onExit().get(ProcessSupport.GRACEFUL_STOP.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
    }

    /**
     * The postmaster is a daemon (started through pg_ctl) and would outlive this JVM if it were
     * killed with SIGKILL. A tiny shell waits for EOF on a pipe from us, which the OS delivers when
     * we die, and then asks PostgreSQL for a fast shutdown (SIGINT). Same idea as BrokerMain.
     */
    private static Process startWatchdog(Path dataDir) {
        Path shell = Path.of("/bin/sh");
        Optional<Long> pid = postmasterPid(dataDir);
        if (!Files.isExecutable(shell) || pid.isEmpty()) {
            return null; // e.g. Windows: no watchdog, the shutdown hook still stops the server
        }
        try {
            return new ProcessBuilder(shell.toString(), "-c", "read -r _ ; kill -INT \"$0\" 2>/dev/null",
                    Long.toString(pid.get()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            return null;
        }
    }

    private static Optional<Long> postmasterPid(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** True when this instance started (and {@link #close()} stops) an embedded server. */
    public boolean isEmbedded() {
        return embedded != null;
    }

    /** The embedded server's log, empty for an external database. */
    public Optional<Path> logFile() {
        return Optional.ofNullable(logFile);
    }

    /** Where it is and who connects to it, as the command lines' {@code DatabaseOptions} give it. */
    public DatabaseLogin login() {
        return new DatabaseLogin(jdbcUrl, username, password);
    }

    /** A new JDBC connection (the caller closes it). */
    public Connection connect() throws SQLException {
        return login().connect();
    }

    /** Stops the embedded server and deletes its data; does nothing for an external database. */
    @Override
    public void close() {
        if (watchdog != null) {
            // SIGKILL: the shell dies without reaching its kill command.
            watchdog.destroyForcibly();
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
            }
        }
    }

    @Override
    public String toString() {
        return "Database[" + jdbcUrl + (isEmbedded() ? ", embedded" : ", external") + "]";
    }
}
