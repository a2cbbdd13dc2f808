package io.interviews.offer.rest;

import io.interviews.events.Band;
import io.interviews.events.Candidate;
import io.interviews.events.DimensionRating;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewScored;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageResult;
import io.interviews.events.StageScore;
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

/** Only callers holding the service API key read letters and their PDFs. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class LetterApiAuthenticationTest extends ServiceApiKeyContract {

    LetterApiAuthenticationTest() {
        super("/api/letters", "/api/letters/42/letter.pdf");
    }

    @Test
    void theKeyOpensTheLetterAndItsPdf() {
        InterviewScored scored = hired();
        TopicProbe.shared().send(Topics.SCORED, scored.interviewId().toString(), EventCodec.encode(scored));
        URI letter = resource(scored.interviewId());
        await().atMost(Duration.ofSeconds(30)).until(() -> get(letter, bearer(serviceApiKey)).statusCode() == 200);

        HttpResponse<String> response = get(letter, bearer(serviceApiKey));
        assertTrue(response.body().contains("\"kind\":\"OFFER\""), response.body());
        assertEquals(200, get(URI.create(letter + "/letter.pdf"), bearer(serviceApiKey)).statusCode());
        assertUnauthorized(get(letter, null), "Authorization: Bearer");
    }

    private static InterviewScored hired() {
        InterviewContext context = new InterviewContext(new Candidate("Ada Lovelace", "ada@example.com"),
                new Position("Python Backend Developer", "senior", "London"), Language.EN,
                List.of(new PlannedStage("tech", 1)));
        Instant start = Instant.parse("2025-03-03T09:00:00Z");
        StageResult tech = new StageResult("tech", "tech-en-1", 85, List.of(
                new DimensionRating("problem-solving", 4, 1, List.of("I profiled the service first"), "Measured.", true,
                        "rubric")),
                List.of(), false, List.of(), start, start.plusSeconds(600));
        return new InterviewScored(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), context,
                List.of(new StageScore("tech", 1, 85)), 85, Band.HIRE, "Hire", false, List.of(tech), List.of());
    }
}
