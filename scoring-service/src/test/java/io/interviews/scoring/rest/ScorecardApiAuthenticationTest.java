package io.interviews.scoring.rest;

import io.interviews.events.Candidate;
import io.interviews.events.DimensionRating;
import io.interviews.events.EventCodec;
import io.interviews.events.Exchange;
import io.interviews.events.InterviewContext;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageResult;
import io.interviews.events.Topics;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.ServiceApiKeyContract;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.interviews.testsupport.ServiceApiRequests.assertUnauthorized;
import static io.interviews.testsupport.ServiceApiRequests.bearer;
import static io.interviews.testsupport.ServiceApiRequests.get;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only callers holding the service API key read scorecards and their reports, by no path round the check. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ScorecardApiAuthenticationTest extends ServiceApiKeyContract {

    ScorecardApiAuthenticationTest() {
        super("/api/scorecards", "/api/scorecards/nothing-here");
    }

    @Test
    void theKeyOpensTheScorecardAndItsReport() {
        StageCompleted scored = oneStageInterview();
        TopicProbe.shared().send(Topics.STAGE_COMPLETED, scored.interviewId().toString(), EventCodec.encode(scored));
        URI scorecard = resource(scored.interviewId());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get(scorecard, bearer(serviceApiKey)).statusCode() == 200);

        HttpResponse<String> response = get(scorecard, bearer(serviceApiKey));
        assertTrue(response.body().contains("\"total\":85.0"), response.body());
        assertEquals(200, get(URI.create(scorecard + "/report.pdf"), "bearer " + serviceApiKey).statusCode(),
                "the scheme is case-insensitive");
        assertUnauthorized(get(scorecard, null), "Authorization: Bearer");
    }

    @Test
    void noPathThroughTheManagementEndpointsLeadsPastTheCheck() {
        UUID interviewId = UUID.randomUUID();
        for (String path : List.of("/health/../../api/scorecards/", "/health/%2e%2e/%2e%2e/api/scorecards/",
                "/metrics/..//../api/scorecards/")) {
            HttpResponse<String> response = get(URI.create(management + path + interviewId), null);
            assertEquals(401, response.statusCode(), path + ": " + response.body());
        }
    }

    private static StageCompleted oneStageInterview() {
        InterviewContext context = new InterviewContext(new Candidate("Ada Lovelace", "ada@example.com"),
                new Position("Backend Engineer", "senior", "London"), Language.EN, List.of(new PlannedStage("tech", 1)));
        Instant start = Instant.parse("2025-03-03T09:00:00Z");
        StageResult tech = new StageResult("tech", "tech-en-1", 85, List.of(
                new DimensionRating("problem_solving", 4, 1, List.of("I profiled the service first"), "Measured.", true,
                        "rubric")),
                List.of(new Exchange("tech-1", "How did you find the slow query?", false,
                        "I profiled the service first.", start.plusSeconds(60))),
                false, List.of(), start, start.plusSeconds(600));
        return StageCompleted.intake(UUID.randomUUID(), context).next(tech);
    }
}
