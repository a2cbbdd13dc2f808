package io.interviews.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.ops.Funnel;
import io.interviews.events.Band;
import org.apache.kafka.clients.CommonClientConfigs;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code funnel}, computed from the topics alone, against what the gateway's own read model says about the same
 * run: every interview of the module's classes, once they are all finished (class order: with the dead-letter check,
 * after the decisions). Stalls are left out: the live system reports them sooner than the funnel's default rules; so
 * are the counts per stage now (not compared).
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(LiveSystemExtension.class)
class FunnelSystemTest {

    private static final Duration DEADLINE = Duration.ofMinutes(1);
    private static final int PAGE = 200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    /** The numbers both sides can tell: started, past every stage, scored per band, to review, offers and answers. */
    record Counts(int started, int completed, Map<Band, Integer> scoredByBand, int sentToReview, int offersSent,
                  int accepted, int declined) {
    }

    @Test
    void theFunnelFromTheTopicsCountsWhatTheGatewayRecorded(LiveSystem system) throws Exception {
        Properties kafka = new Properties();
        kafka.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, system.stack().kafkaBootstrapServers());
        Instant since = Instant.now().minus(Duration.ofDays(1));
        Instant deadline = Instant.now().plus(DEADLINE);
        Counts fromTopics;
        Counts fromGateway;
        do {
            // the gateway's read model trails the topics by a consumer poll: read both until they agree or time runs out
            Funnel funnel = Funnel.read(kafka, since, Funnel.StallRules.GATEWAY_DEFAULTS, Duration.ofSeconds(30));
            fromTopics = new Counts(funnel.started(), funnel.completed(), new EnumMap<>(funnel.scoredByBand()),
                    funnel.sentToReview(), funnel.offersSent(), funnel.accepted(), funnel.declined());
            fromGateway = gatewayCounts(system);
        } while (!fromTopics.equals(fromGateway) && Instant.now().isBefore(deadline));
        assertTrue(fromGateway.started() >= Scenario.values().length, "the module's interviews: " + fromGateway);
        assertEquals(fromGateway, fromTopics);
    }

    private Counts gatewayCounts(LiveSystem system) throws Exception {
        List<JsonNode> interviews = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(system.stack().gatewayUrl()
                            + "/api/recruiter/interviews?limit=" + PAGE + "&page=" + page))
                    .header("X-Recruiter-Key", system.stack().recruiterKey()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            JSON.readTree(response.body()).forEach(interviews::add);
            if (response.headers().firstValue("Link").isEmpty()) {
                break;
            }
        }
        Map<Band, Integer> bands = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            bands.put(band, (int) interviews.stream().filter(interview -> interview.path("band").asText().equals(band.name())).count());
        }
        int completed = (int) interviews.stream().filter(interview -> !interview.path("status").asText().equals("IN_PROGRESS")).count();
        List<JsonNode> views = new ArrayList<>();
        for (JsonNode interview : interviews) {
            views.add(get(system, "/api/recruiter/interviews/" + interview.path("interviewId").asText()));
        }
        int review = (int) views.stream().filter(view -> view.path("needsReview").asBoolean()).count();
        int offers = (int) views.stream().filter(view -> view.path("sentLetter").path("kind").asText().equals("OFFER")).count();
        int accepted = (int) views.stream().filter(view -> view.path("offerResponse").path("accepted").isBoolean()
                && view.path("offerResponse").path("accepted").asBoolean()).count();
        int declined = (int) views.stream().filter(view -> view.path("offerResponse").path("accepted").isBoolean()
                && !view.path("offerResponse").path("accepted").asBoolean()).count();
        return new Counts(interviews.size(), completed, bands, review, offers, accepted, declined);
    }

    private JsonNode get(LiveSystem system, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(system.stack().gatewayUrl() + path))
                .header("X-Recruiter-Key", system.stack().recruiterKey()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }
}
