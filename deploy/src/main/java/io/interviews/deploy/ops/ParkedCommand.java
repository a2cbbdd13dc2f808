package io.interviews.deploy.ops;

import io.interviews.deploy.infra.Database;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/** {@code parked}: the events a service could not publish, and the operator's two ways out. */
@Command(name = "parked", mixinStandardHelpOptions = true,
        description = "Lists the outbox events Kafka refused for what they are (too large, an invalid topic), in every "
                + "service schema, with the interview's events each one holds back; releases one once its cause is "
                + "fixed, or discards it. The password is read from INTERVIEW_DB_PASSWORD, never from the command line.")
public final class ParkedCommand implements Callable<Integer> {

    @Option(names = "--jdbc-url", defaultValue = "${env:" + Database.ENV_URL + "}", required = true,
            description = "the services' database, e.g. jdbc:postgresql://db:5432/interview (default: $"
                    + Database.ENV_URL + ")")
    String jdbcUrl;

    @Option(names = "--user", defaultValue = "${env:" + Database.ENV_USER + ":-postgres}",
            description = "a role that may read and change every service's outbox (default: $" + Database.ENV_USER
                    + ", else postgres)")
    String user;

    @ArgGroup(exclusive = true)
    Action action;

    static final class Action {

        @Option(names = "--release", paramLabel = "EVENT_ID",
                description = "publish it again (after raising the topic's max.message.bytes, say): the relay sends "
                        + "it, then the events it held back")
        UUID release;

        @Option(names = "--discard", paramLabel = "EVENT_ID",
                description = "drop it for good: the interview's later events go on without it")
        UUID discard;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        String password = Optional.ofNullable(System.getenv(Database.ENV_PASSWORD)).orElse("");
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            ParkedEvents parked = new ParkedEvents(connection);
            if (action == null) {
                List<ParkedEvents.Parked> rows = parked.list();
                out.println(rows.size() + " parked event(s)");
                rows.forEach(row -> out.println(row.format()));
                return 0;
            }
            UUID eventId = action.release != null ? action.release : action.discard;
            Optional<ParkedEvents.Parked> changed = action.release != null ? parked.release(eventId)
                    : parked.discard(eventId);
            if (changed.isEmpty()) {
                spec.commandLine().getErr().println("error: no parked event " + eventId);
                return 1;
            }
            out.println((action.release != null ? "Released " : "Discarded ") + changed.get().format());
            return 0;
        }
    }
}
