package io.interviews.gateway;

import io.interviews.events.Language;
import io.interviews.events.LetterKind;
import io.interviews.events.LetterSent;
import io.interviews.events.Topics;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.gateway.audit.AgeBand;
import io.interviews.gateway.audit.RaceEthnicity;
import io.interviews.gateway.audit.Sex;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.interviews.gateway.RecruiterDecisionTest.approve;
import static io.interviews.gateway.RecruiterDecisionTest.awaitDecision;
import static io.interviews.gateway.RecruiterDecisionTest.drafted;
import static io.interviews.gateway.TestInterviews.application;
import static io.interviews.gateway.TestInterviews.awaitStatus;
import static io.interviews.gateway.TestInterviews.publish;
import static io.interviews.gateway.TestInterviews.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The candidate page's frame and what the page needs from the candidate API besides the answers: the interview's
 * language and stages, the consent before the first question, and the sent letter as HTML.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class CandidatePageTest {

    @Test
    void thePageFrameShowsNothingOfTheInterviewAndKeepsTheTokenOnThisOrigin() {
        UUID id = UUID.randomUUID();
        String token = "a-token-that-must-not-be-echoed";

        given().get("/interview/{id}?token={token}", id, token).then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("form-action 'none'")))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Cache-Control", equalTo("no-store"))
                .body(containsString("data-interview-id=\"" + id + "\""))
                .body(containsString("data-max-answer-length=\"10000\""))
                .body(containsString("data-max-answer-bytes=\"10500\""))
                .body(containsString("data-retention-days=\"730\""))
                .body(containsString("src=\"../js/candidate/page.js\""))
                .body(not(containsString(token)));
        given().get("/interview/not-an-id").then().statusCode(400);

        for (String script : new String[] {"page.js", "api.js", "answer-size.js", "i18n.js", "text-blocks.js"}) {
            given().get("/js/candidate/" + script).then().statusCode(200).contentType(containsString("javascript"));
        }
        given().get("/css/app.css").then().statusCode(200).contentType(startsWith("text/css"));
    }

    @Test
    void theSelfIdentificationOffersEveryAuditCategoryAndEveryTextOfThePageIsTranslated() {
        String page = given().get("/interview/{id}", UUID.randomUUID()).then().statusCode(200).extract().asString();
        Stream.of(Sex.values(), RaceEthnicity.values(), AgeBand.values()).flatMap(Stream::of).forEach(category ->
                assertTrue(page.contains("<option value=\"" + category.name() + "\""), category.name()));

        String texts = given().get("/js/candidate/i18n.js").then().statusCode(200).extract().asString();
        Matcher key = Pattern.compile("data-text=\"([^\"]+)\"").matcher(page);
        int keys = 0;
        while (key.find()) {
            keys++;
            assertEquals(2, Pattern.compile("^ {4}" + key.group(1) + ":", Pattern.MULTILINE).matcher(texts)
                    .results().count(), "the English and the Chinese text of " + key.group(1));
        }
        assertTrue(keys > 40, "texts on the page: " + keys);
    }

    @Test
    void theCandidateSeesTheLanguageAndTheStagesButNoWeights() {
        Map<String, Object> chinese = application();
        chinese.put("language", "zh");
        chinese.put("template", "backend-senior");
        Registration interview = register(chinese);

        given().header("Authorization", interview.bearer()).get("/api/interviews/{id}", interview.id()).then()
                .statusCode(200)
                .body("language", equalTo("zh"))
                .body("stages", contains("tech", "hr", "boss"))
                .body("completedStages", empty())
                .body("consentedAt", nullValue())
                .body("$", not(hasKey("plan")));
    }

    @Test
    void consentIsRecordedOnceAndOnlyWithTheInterviewsOwnToken() {
        Registration interview = register();
        Registration someoneElse = register();

        given().post("/api/interviews/{id}/consent", interview.id()).then().statusCode(404);
        given().header("Authorization", someoneElse.bearer()).post("/api/interviews/{id}/consent", interview.id())
                .then().statusCode(404);
        given().header("Authorization", someoneElse.bearer()).get("/api/interviews/{id}", someoneElse.id())
                .then().statusCode(200).body("consentedAt", nullValue());

        String consentedAt = given().header("Authorization", interview.bearer())
                .post("/api/interviews/{id}/consent", interview.id())
                .then().statusCode(200).body("consentedAt", notNullValue())
                .extract().path("consentedAt");
        given().header("Authorization", interview.bearer()).post("/api/interviews/{id}/consent", interview.id())
                .then().statusCode(200).body("consentedAt", equalTo(consentedAt));
        given().header("Authorization", interview.bearer()).get("/api/interviews/{id}", interview.id())
                .then().statusCode(200).body("consentedAt", equalTo(consentedAt));
    }

    @Test
    void theSentLetterComesAsHtmlWithTheMarkdownsRawHtmlEscaped() {
        Registration interview = drafted(LetterKind.OFFER);
        approve(interview.id()).then().statusCode(202);
        awaitDecision(interview.id());
        publish(Topics.LETTERS, LetterSent.of(interview.id(), LetterKind.OFFER, Language.EN,
                "# Offer\n\nDear Ada <script>alert(1)</script>, **welcome** [home](javascript:alert(2))"));
        awaitStatus(interview, "OFFER_SENT");

        given().header("Authorization", interview.bearer()).get("/api/interviews/{id}/letter", interview.id()).then()
                .statusCode(200)
                .body("html", containsString("<h1>Offer</h1>"))
                .body("html", containsString("<strong>welcome</strong>"))
                .body("html", containsString("&lt;script&gt;"))
                .body("html", not(containsString("<script>")))
                .body("html", not(containsString("javascript:")));
    }
}
