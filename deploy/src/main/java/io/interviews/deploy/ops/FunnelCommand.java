package io.interviews.deploy.ops;

import io.interviews.cli.KafkaOptions;
import io.interviews.cli.Since;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code funnel}: {@link Funnel} for operators, a table and then one line of JSON, or {@link FunnelMetrics}. */
@Command(name = "funnel", mixinStandardHelpOptions = true,
        description = {"Prints the hiring funnel of the interviews started in a window, from the topics alone: started, "
                + "in each stage, completed, scored by band, sent to review, offers sent, accepted, declined, stalled, "
                + "and each stage's duration (p50, p90).",
                "A readable table, then the same numbers as one line of JSON; with --metrics-port, Prometheus gauges "
                        + "until Ctrl-C."})
public final class FunnelCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--since", paramLabel = "WHEN", converter = Since.Converter.class, defaultValue = "24h",
            description = "the window's start: how long ago (15m, 24h, 7d; the window slides with --metrics-port) or an "
                    + "instant (default: ${DEFAULT-VALUE})")
    Since since;

    @Option(names = "--stall-after", paramLabel = "DURATION", defaultValue = "PT2M",
            description = "a stage waiting on the system this long is stalled, as the gateway's "
                    + "INTERVIEW_GATEWAY_STALL_AFTER (ISO-8601, default: ${DEFAULT-VALUE})")
    Duration stallAfter;

    @Option(names = "--letter-stall-after", paramLabel = "DURATION", defaultValue = "PT5M",
            description = "a score or letter owed this long is stalled, as the gateway's "
                    + "INTERVIEW_GATEWAY_LETTER_STALL_AFTER (ISO-8601, default: ${DEFAULT-VALUE})")
    Duration letterStallAfter;

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "serve the numbers as Prometheus gauges at http://<host>:PORT/metrics until Ctrl-C")
    Integer metricsPort;

    @Option(names = "--refresh", paramLabel = "DURATION", defaultValue = "PT30S",
            description = "with --metrics-port, how often the gauges are recomputed from the topics (default: ${DEFAULT-VALUE})")
    Duration refresh;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (metricsPort == null) {
            Funnel funnel = funnel();
            out.print(funnel.table());
            out.println(funnel.json());
            return 0;
        }
        FunnelMetrics metrics = FunnelMetrics.serve(metricsPort, this::funnel, refresh, spec.commandLine().getErr());
        CountDownLatch stopped = UntilCtrlC.stopping(metrics::close, "funnel-metrics-stop");
        out.printf("Funnel gauges at http://0.0.0.0:%d/metrics, recomputed every %s; Ctrl-C stops.%n", metrics.port(),
                refresh);
        stopped.await();
        return 0;
    }

    private Funnel funnel() {
        return Funnel.read(kafka.clientConfig(), since.from(Instant.now()),
                new Funnel.StallRules(stallAfter, letterStallAfter), kafka.timeout());
    }
}
