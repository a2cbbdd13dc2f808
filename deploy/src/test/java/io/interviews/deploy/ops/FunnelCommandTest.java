package io.interviews.deploy.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.DeployCommand;
import io.interviews.events.InterviewEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code funnel} against a real broker: a known day of interviews on the topics ({@link HiringDay}), the exact numbers. */
class FunnelCommandTest {

    private static OpsTopics topics;
    private static Instant since;

    @BeforeAll
    static void produceAHiringDay() throws Exception {
        topics = OpsTopics.start("funnel-broker");
        Instant base = Instant.now().minus(Duration.ofHours(2));
        List<InterviewEvent> day = HiringDay.events(base);
        topics.produce(day.toArray(InterviewEvent[]::new));
        topics.produceDeadLetter(day.get(0).interviewId().toString(), "not an event");
        since = new InterviewEvents(base).at(0);
    }

    @AfterAll
    static void stopBroker() {
        topics.close();
    }

    @Test
    void theFunnelPrintsATableAndTheNumbersAsAJsonLine() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = DeployCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("funnel", "--bootstrap-servers", topics.bootstrapServers(), "--since", since.toString());

        assertEquals(0, exitCode, err.toString());
        List<String> lines = out.toString().lines().toList();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertEquals(6, json.get("started").asInt(), out.toString());
        assertEquals("{\"tech\":1,\"hr\":1,\"boss\":0}", json.get("inStage").toString());
        assertEquals(4, json.get("completed").asInt());
        assertEquals("{\"STRONG_HIRE\":0,\"HIRE\":1,\"CONSIDER\":0,\"BORDERLINE\":1,\"NO_HIRE\":1}",
                json.get("scoredByBand").toString());
        assertEquals(1, json.get("sentToReview").asInt());
        assertEquals(2, json.get("offersSent").asInt());
        assertEquals(1, json.get("accepted").asInt());
        assertEquals(1, json.get("declined").asInt());
        assertEquals(3, json.get("stalled").asInt());
        assertEquals("{\"tech\":1,\"hr\":0,\"boss\":0,\"scoring-service\":1,\"offer-service\":1}",
                json.get("stalledOn").toString());
        assertEquals("{\"tech\":{\"completed\":5,\"p50\":1200.0,\"p90\":1800.0},"
                        + "\"hr\":{\"completed\":4,\"p50\":600.0,\"p90\":900.0},"
                        + "\"boss\":{\"completed\":4,\"p50\":900.0,\"p90\":1200.0}}",
                json.get("stageDurationSeconds").toString());
        assertTrue(lines.contains("  started                      6"), out.toString());
        assertTrue(lines.contains("  tech               5    20m00s    30m00s"), out.toString());
    }

    @Test
    void theSameNumbersAreServedAsPrometheusGauges() throws Exception {
        StringWriter err = new StringWriter();
        try (FunnelMetrics metrics = FunnelMetrics.serve(0, () -> Funnel.read(
                        TopicTimeline.clientConfig(topics.bootstrapServers()), since, Funnel.StallRules.GATEWAY_DEFAULTS,
                        Duration.ofSeconds(10)), Duration.ofMinutes(5), new PrintWriter(err))) {
            HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + metrics.port() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, scrape.statusCode());
            assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
            List<String> samples = scrape.body().lines().filter(line -> !line.startsWith("#"))
                    .filter(line -> !line.startsWith("interview_funnel_window_seconds")
                            && !line.startsWith("interview_funnel_refreshed_timestamp_seconds"))
                    .toList();
            assertEquals(List.of(
                    "interview_funnel_started 6",
                    "interview_funnel_in_stage{stage=\"tech\"} 1",
                    "interview_funnel_in_stage{stage=\"hr\"} 1",
                    "interview_funnel_in_stage{stage=\"boss\"} 0",
                    "interview_funnel_completed 4",
                    "interview_funnel_scored{band=\"STRONG_HIRE\"} 0",
                    "interview_funnel_scored{band=\"HIRE\"} 1",
                    "interview_funnel_scored{band=\"CONSIDER\"} 0",
                    "interview_funnel_scored{band=\"BORDERLINE\"} 1",
                    "interview_funnel_scored{band=\"NO_HIRE\"} 1",
                    "interview_funnel_sent_to_review 1",
                    "interview_funnel_offers_sent 2",
                    "interview_funnel_offers_accepted 1",
                    "interview_funnel_offers_declined 1",
                    "interview_funnel_stalled{on=\"tech\"} 1",
                    "interview_funnel_stalled{on=\"hr\"} 0",
                    "interview_funnel_stalled{on=\"boss\"} 0",
                    "interview_funnel_stalled{on=\"scoring-service\"} 1",
                    "interview_funnel_stalled{on=\"offer-service\"} 1",
                    "interview_funnel_stage_duration_seconds{stage=\"tech\",quantile=\"0.5\"} 1200",
                    "interview_funnel_stage_duration_seconds{stage=\"tech\",quantile=\"0.9\"} 1800",
                    "interview_funnel_stage_duration_seconds{stage=\"hr\",quantile=\"0.5\"} 600",
                    "interview_funnel_stage_duration_seconds{stage=\"hr\",quantile=\"0.9\"} 900",
                    "interview_funnel_stage_duration_seconds{stage=\"boss\",quantile=\"0.5\"} 900",
                    "interview_funnel_stage_duration_seconds{stage=\"boss\",quantile=\"0.9\"} 1200"), samples,
                    scrape.body());
        }
        assertEquals("", err.toString());
    }
}
