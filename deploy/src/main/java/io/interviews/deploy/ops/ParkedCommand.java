package io.interviews.deploy.ops;

import io.interviews.cli.DatabaseLogin;
import io.interviews.cli.DatabaseOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/** {@code parked}: the events a service could not publish, and the operator's two ways out. */
@Command(name = "parked", mixinStandardHelpOptions = true,
        description = "Lists the outbox events Kafka refused for what they are (too large, an invalid topic), in every "
                + "service schema, with the interview's events each one holds back; releases one once its cause is "
                + "fixed, or discards it. It connects as a role that may read and change every service's outbox.")
public final class ParkedCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

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
        DatabaseLogin login = database.login().orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Missing required option: '--jdbc-url=JDBC_URL' (or $" + DatabaseOptions.ENV_URL + ")"));
        try (Connection connection = login.connect()) {
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
