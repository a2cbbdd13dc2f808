package io.interviews.gateway;

import io.interviews.events.Band;
import io.interviews.events.DimensionRating;
import io.interviews.events.Exchange;
import io.interviews.events.InterviewScored;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageResult;
import io.interviews.events.Topics;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.interviews.gateway.TestInterviews.RECRUITER_KEY;
import static io.interviews.gateway.TestInterviews.RECRUITER_KEY_HEADER;
import static io.interviews.gateway.TestInterviews.TIMEOUT;
import static io.interviews.gateway.TestInterviews.publish;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the recruiter desk reads, on the real read model: the list's filters (band, needs review, candidate name) and
 * paging; the detail's dimension ratings with their evidence and the offer's salary window.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class RecruiterDeskApiTest {

    private static final String LIST = "/api/recruiter/interviews";

    @Test
    void pagesComeNewestFirstWithTheTotalAndALinkToTheNextPage() {
        String family = "Paging " + UUID.randomUUID();
        List<String> invited = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            invite(family + " #" + i);
            invited.add(0, family + " #" + i);
        }

        ExtractableResponse<Response> first = list(Map.of("name", family, "limit", 2));
        assertEquals(List.of(invited.get(0), invited.get(1)), first.path("candidate.name"));
        assertEquals("5", first.header("X-Total-Count"));
        String next = nextLink(first);

        ExtractableResponse<Response> second = follow(next);
        assertEquals(List.of(invited.get(2), invited.get(3)), second.path("candidate.name"));

        ExtractableResponse<Response> last = follow(nextLink(second));
        assertEquals(List.of(invited.get(4)), last.path("candidate.name"));
        assertEquals("5", last.header("X-Total-Count"));
        assertNull(last.header("Link"), "the last page links to no next one");
    }

    @Test
    void theNameSearchIgnoresCaseAndTakesWildcardsLiterally() {
        String family = "Search " + UUID.randomUUID();
        invite(family + " Ada_Lovelace");
        invite(family + " Adam Lovelace");

        assertEquals(List.of(family + " Ada_Lovelace"),
                list(Map.of("name", family.toUpperCase() + " ADA_")).path("candidate.name"));
        assertEquals(List.of(), list(Map.of("name", family + " %")).path("candidate.name"));
        assertEquals(2, list(Map.of("name", family.toLowerCase())).<List<?>>path("$").size());
    }

    @Test
    void bandAndNeedsReviewFilterTheScoredInterviewsAndTheFlaggedStages() {
        String family = "Filters " + UUID.randomUUID();
        Registration hire = invite(family + " hire");
        Registration borderline = invite(family + " borderline");
        Registration flaggedStage = invite(family + " flagged stage");
        score(hire, Band.HIRE, false);
        score(borderline, Band.BORDERLINE, true);
        StageCompleted flagged = StageEvents.flagged(StageEvents.intake(flaggedStage.id()), "tech", 60,
                List.of("The model did not answer in time on tech-2: rated by the rubric brain."));
        publish(Topics.STAGE_COMPLETED, flagged);
        await().atMost(TIMEOUT).until(() -> list(Map.of("name", family + " flagged", "needsReview", true))
                .<List<?>>path("$").size() == 1);

        assertEquals(List.of(family + " hire"), list(Map.of("name", family, "band", "hire")).path("candidate.name"));
        assertEquals(List.of(family + " borderline"),
                list(Map.of("name", family, "band", "BORDERLINE")).path("candidate.name"));
        assertEquals(List.of(family + " flagged stage", family + " borderline"),
                list(Map.of("name", family, "needsReview", true)).path("candidate.name"));
        assertEquals(List.of(family + " hire"),
                list(Map.of("name", family, "needsReview", "false")).path("candidate.name"));
    }

    @Test
    void theDetailShowsEachDimensionsRatingWithItsEvidenceAndTheOffersSalaryWindow() {
        Registration interview = invite("Evidence " + UUID.randomUUID());
        Instant now = Instant.now();
        DimensionRating design = new DimensionRating("system design", 4, 0.6,
                List.of("sharded the ledger by account"), "Clear trade-offs.", true, "rubric");
        DimensionRating testing = new DimensionRating("testing", 2, 0.4, List.of(), "No tests mentioned.", true,
                "rubric");
        StageCompleted tech = StageEvents.intake(interview.id()).next(new StageResult("tech", "tech-rubric-v1", 65,
                List.of(design, testing), List.of(new Exchange("tech-q1", "Tell us about a system you designed.", false,
                "I sharded the ledger by account and kept one writer per shard.", now)), false, List.of(),
                now.minusSeconds(300), now));
        StageCompleted boss = StageEvents.completed(StageEvents.completed(tech, "hr", 70), "boss", 70);
        publish(Topics.STAGE_COMPLETED, boss);
        InterviewScored scored = StageEvents.scored(boss);
        publish(Topics.SCORED, scored);
        publish(Topics.LETTERS, StageEvents.offer(scored));

        await().atMost(TIMEOUT).until(() -> "AWAITING_DECISION".equals(detail(interview).path("status")));
        ExtractableResponse<Response> detail = detail(interview);
        assertEquals(List.of("tech", "hr", "boss"), detail.path("stageRatings.stage"));
        assertEquals(List.of("system design", "testing"), detail.path("stageRatings[0].dimensions.dimension"));
        assertEquals(List.of(4, 2), detail.path("stageRatings[0].dimensions.rating"));
        assertEquals(List.of("sharded the ledger by account"), detail.path("stageRatings[0].dimensions[0].evidence"));
        assertEquals(Map.of("currency", "GBP", "minimum", 65_000, "maximum", 80_000),
                detail.path("letter.salaryWindow"));
    }

    @Test
    void invalidCriteriaAreProblemsNamingTheParameter() {
        given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY).get(LIST + "?page=-1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("page"))
                .body("violations[0].message", equalTo("must be 0 or more"));
        given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY).get(LIST + "?band=great")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("band"))
                .body("detail", containsString("unknown band 'great'"));
        given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY).get(LIST + "?needsReview=maybe")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("needsReview"))
                .body("violations[0].message", equalTo("must be true or false, not 'maybe'"));
        given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY).get(LIST + "?name=" + "x".repeat(201))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("name"));
    }

    private static Registration invite(String candidateName) {
        Map<String, Object> application = TestInterviews.application();
        application.put("candidate", Map.of("name", candidateName, "email", "candidate@example.com"));
        return TestInterviews.register(application);
    }

    /** Publishes a score with {@code band}, flagged for review or not, and waits until the list shows it. */
    private static void score(Registration interview, Band band, boolean needsReview) {
        StageCompleted boss = StageEvents.completed(StageEvents.completed(StageEvents.completed(
                StageEvents.intake(interview.id()), "tech", 70), "hr", 70), "boss", 70);
        InterviewScored scored = StageEvents.scored(boss);
        publish(Topics.SCORED, new InterviewScored(UUID.randomUUID(), interview.id(), Instant.now(), scored.context(),
                scored.stageScores(), scored.total(), band, "decide", needsReview, scored.results(), List.of()));
        await().atMost(TIMEOUT).until(() -> band.name().equals(given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY)
                .get(LIST + "/{id}", interview.id()).then().statusCode(200).extract().path("band")));
    }

    private static ExtractableResponse<Response> detail(Registration interview) {
        return given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY).get(LIST + "/{id}", interview.id())
                .then().statusCode(200).extract();
    }

    private static ExtractableResponse<Response> list(Map<String, ?> query) {
        return given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY).queryParams(query).get(LIST)
                .then().statusCode(200).extract();
    }

    /** Follows a link as given: it is already encoded. */
    private static ExtractableResponse<Response> follow(String link) {
        return given().urlEncodingEnabled(false).header(RECRUITER_KEY_HEADER, RECRUITER_KEY).get(link)
                .then().statusCode(200).extract();
    }

    private static String nextLink(ExtractableResponse<Response> page) {
        String link = page.header("Link");
        assertTrue(link != null && link.endsWith(">; rel=\"next\""), "a link to the next page: " + link);
        return link.substring(1, link.indexOf('>'));
    }
}
