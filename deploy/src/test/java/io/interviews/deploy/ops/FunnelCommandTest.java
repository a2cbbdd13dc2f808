package io.interviews.deploy.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.DeployCommand;
import io.interviews.events.InterviewEvent;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code funnel} against a real broker: a known day of interviews on the topics, the exact numbers printed. */
class FunnelCommandTest {

    @Test
    void theFunnelOfAHiringDayOnTheTopics() throws Exception {
        Instant base = Instant.now().minus(Duration.ofHours(2));
        List<InterviewEvent> day = HiringDay.events(base);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode;
        try (OpsTopics topics = OpsTopics.start("funnel-broker")) {
            topics.produce(day.toArray(InterviewEvent[]::new));
            topics.produceDeadLetter(day.get(0).interviewId().toString(), "not an event");
            exitCode = DeployCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                    .execute("funnel", "--bootstrap-servers", topics.bootstrapServers(), "--since",
                            new InterviewEvents(base).at(0).toString());
        }

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
        assertEquals("{\"tech\":1,\"hr\":0,\"boss\":0,\"scoring-service\":1,\"offer-service\":1}", json.get("stalledOn").toString());
        assertEquals(List.of(1200.0, 1800.0, 600.0, 900.0, 900.0, 1200.0), List.of(
                json.at("/stageDurationSeconds/tech/p50").asDouble(), json.at("/stageDurationSeconds/tech/p90").asDouble(),
                json.at("/stageDurationSeconds/hr/p50").asDouble(), json.at("/stageDurationSeconds/hr/p90").asDouble(),
                json.at("/stageDurationSeconds/boss/p50").asDouble(), json.at("/stageDurationSeconds/boss/p90").asDouble()));
        assertTrue(lines.contains("  started                      6"), out.toString());
        assertTrue(lines.contains("  tech               5    20m00s    30m00s"), out.toString());
    }
}
