package io.interviews.deploy.ops;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code funnel}: {@link Funnel} for operators, a table and then one line of JSON. */
@Command(name = "funnel", mixinStandardHelpOptions = true,
        description = {"Prints the hiring funnel of the interviews started in a window, from the topics alone: started, "
                + "in each stage, completed, scored by band, sent to review, offers sent, accepted, declined, stalled, "
                + "and each stage's duration (p50, p90).",
                "A readable table, then the same numbers as one line of JSON."})
public final class FunnelCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--since", paramLabel = "WHEN", converter = Since.class, defaultValue = "24h",
            description = "the window's start: how long ago (15m, 24h, 7d) or an instant (default: ${DEFAULT-VALUE})")
    Instant since;

    @Option(names = "--stall-after", paramLabel = "DURATION", defaultValue = "PT2M",
            description = "a stage waiting on the system this long is stalled, as the gateway's "
                    + "INTERVIEW_GATEWAY_STALL_AFTER (ISO-8601, default: ${DEFAULT-VALUE})")
    Duration stallAfter;

    @Option(names = "--letter-stall-after", paramLabel = "DURATION", defaultValue = "PT5M",
            description = "a score or letter owed this long is stalled, as the gateway's "
                    + "INTERVIEW_GATEWAY_LETTER_STALL_AFTER (ISO-8601, default: ${DEFAULT-VALUE})")
    Duration letterStallAfter;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Funnel funnel = Funnel.read(kafka.clientConfig(), since, new Funnel.StallRules(stallAfter, letterStallAfter),
                kafka.timeout());
        out.print(funnel.table());
        out.println(funnel.json());
        return 0;
    }
}
