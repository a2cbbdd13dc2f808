package io.interviews.deploy.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code funnel --metrics-port}: the funnel's numbers as Prometheus gauges at {@code /metrics}, recomputed from the
 * topics every {@code refresh} (a scrape never waits on Kafka). A failed refresh keeps the last numbers; the gauge
 * {@code interview_funnel_refreshed_timestamp_seconds} shows how old they are.
 */
public final class FunnelMetrics implements AutoCloseable {

    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ScheduledExecutorService refresher;
    private final Supplier<Funnel> funnel;
    private final PrintWriter err;
    private volatile String exposition;

    private FunnelMetrics(HttpServer server, Supplier<Funnel> funnel, PrintWriter err) {
        this.server = server;
        this.funnel = funnel;
        this.err = err;
        this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "funnel-refresh");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Computes the funnel once (a failure here is the caller's), then serves it on {@code port} (0: any free port)
     * and refreshes it every {@code refresh}; refresh failures are reported on {@code err}.
     */
    public static FunnelMetrics serve(int port, Supplier<Funnel> funnel, Duration refresh, PrintWriter err) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
        FunnelMetrics metrics = new FunnelMetrics(server, funnel, err);
        metrics.exposition = exposition(funnel.get());
        server.createContext("/metrics", metrics::scrape);
        server.start();
        metrics.refresher.scheduleWithFixedDelay(metrics::refresh, refresh.toMillis(), refresh.toMillis(),
                TimeUnit.MILLISECONDS);
        return metrics;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        server.stop(0);
    }

    private void refresh() {
        try {
            exposition = exposition(funnel.get());
        } catch (RuntimeException e) {
            err.println("funnel refresh failed, serving the last numbers: " + e);
        }
    }

    private void scrape(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exposition.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The Prometheus text exposition of {@code funnel}. */
    static String exposition(Funnel funnel) {
        StringBuilder text = new StringBuilder();
        gauge(text, "interview_funnel_window_seconds", "length of the window the funnel covers",
                Duration.between(funnel.since(), funnel.asOf()).toSeconds());
        gauge(text, "interview_funnel_refreshed_timestamp_seconds", "when the funnel was last computed from the topics",
                funnel.asOf().getEpochSecond());
        gauge(text, "interview_funnel_started", "interviews started in the window", funnel.started());
        gauges(text, "interview_funnel_in_stage", "interviews of the window now in this stage", "stage", funnel.inStage());
        gauge(text, "interview_funnel_completed", "interviews of the window that completed every stage",
                funnel.completed());
        gauges(text, "interview_funnel_scored", "interviews of the window scored in this band", "band",
                funnel.scoredByBand());
        gauge(text, "interview_funnel_sent_to_review", "interviews of the window whose score needs a person's review",
                funnel.sentToReview());
        gauge(text, "interview_funnel_offers_sent", "offers sent to candidates of the window", funnel.offersSent());
        gauge(text, "interview_funnel_offers_accepted", "offers accepted", funnel.accepted());
        gauge(text, "interview_funnel_offers_declined", "offers declined", funnel.declined());
        gauges(text, "interview_funnel_stalled", "interviews of the window stalled now, by the stage or service owing "
                + "the next move", "on", funnel.stalled());
        header(text, "interview_funnel_stage_duration_seconds",
                "stage duration, from the previous stage's completion to the stage's own (p50 and p90)");
        funnel.stageDurations().forEach((stage, durations) -> {
            sample(text, "interview_funnel_stage_duration_seconds", "stage=\"" + stage + "\",quantile=\"0.5\"",
                    durations.p50().toMillis() / 1000.0);
            sample(text, "interview_funnel_stage_duration_seconds", "stage=\"" + stage + "\",quantile=\"0.9\"",
                    durations.p90().toMillis() / 1000.0);
        });
        return text.toString();
    }

    private static void gauge(StringBuilder text, String name, String help, double value) {
        header(text, name, help);
        sample(text, name, null, value);
    }

    private static void gauges(StringBuilder text, String name, String help, String label, Map<?, Integer> values) {
        header(text, name, help);
        values.forEach((key, value) -> sample(text, name, label + "=\"" + key + "\"", value));
    }

    private static void header(StringBuilder text, String name, String help) {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ").append(name).append(" gauge\n");
    }

    private static void sample(StringBuilder text, String name, String labels, double value) {
        text.append(name);
        if (labels != null) {
            text.append('{').append(labels).append('}');
        }
        text.append(' ').append(value == Math.rint(value) ? Long.toString((long) value)
                : Double.toString(value)).append('\n');
    }
}
