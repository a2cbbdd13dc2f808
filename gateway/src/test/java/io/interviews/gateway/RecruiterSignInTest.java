package io.interviews.gateway;

import io.interviews.events.LetterKind;
import io.interviews.events.RecruiterDecided;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.interviews.gateway.RecruiterDecisionTest.awaitDecision;
import static io.interviews.gateway.RecruiterDecisionTest.drafted;
import static io.interviews.gateway.TestInterviews.RECRUITER_KEY;
import static io.interviews.gateway.TestInterviews.RECRUITER_KEY_HEADER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Recruiters sign in at the desk with a name and password (form login against the configured bcrypt hashes) or, as
 * machine clients, with the recruiter key; either way only the {@code recruiter} role opens the recruiter API, and
 * a decision is recorded under the signed-in name.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class RecruiterSignInTest {

    /** The recruiter {@code %test.interview.gateway.recruiters} configures, with the password of its hash. */
    private static final String RECRUITER = "grace";
    private static final String PASSWORD = "test-recruiter-password";
    private static final String SESSION_COOKIE = "quarkus-credential";
    private static final String INTERVIEWS = "/api/recruiter/interviews";

    @Test
    void theRightPasswordSignsInAndTheSessionOpensTheRecruiterApi() {
        Response signIn = signIn(RECRUITER, PASSWORD);

        signIn.then().statusCode(302).header("Location", endsWith("/recruiter"));
        String session = signIn.cookie(SESSION_COOKIE);
        assertNotNull(session, "the sign-in sets the session cookie");
        given().cookie(SESSION_COOKIE, session).get(INTERVIEWS).then().statusCode(200);
    }

    @Test
    void aWrongPasswordOrAnUnknownNameIsSentBackToTheSignInWithoutASession() {
        for (Response refused : new Response[] {signIn(RECRUITER, "wrong-password"), signIn("mallory", PASSWORD),
                signIn(RECRUITER, "")}) {
            refused.then().statusCode(302).header("Location", endsWith("/recruiter?sign-in=failed"));
            assertNull(refused.cookie(SESSION_COOKIE));
        }
    }

    @Test
    void aForgedSessionCookieIsNotASignIn() {
        given().cookie(SESSION_COOKIE, "grace:recruiter").get(INTERVIEWS)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theRecruiterKeySignsInAMachineClientAndAWrongKeyIsRefused() {
        given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY).get(INTERVIEWS).then().statusCode(200);
        given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY + "x").get(INTERVIEWS)
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("X-Recruiter-Key"));
        given().get(INTERVIEWS).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "visitor", roles = "viewer")
    void someoneSignedInWithoutTheRecruiterRoleIsForbidden() {
        given().get(INTERVIEWS).then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("only recruiters may use this API"));
        given().contentType(ContentType.JSON).body(TestInterviews.application()).post(INTERVIEWS)
                .then().statusCode(403);
    }

    @Test
    void aDecisionIsRecordedUnderTheSignedInRecruiterNotANameTheRequestStates() {
        Registration interview = drafted(LetterKind.OFFER);
        String session = signIn(RECRUITER, PASSWORD).cookie(SESSION_COOKIE);

        given().cookie(SESSION_COOKIE, session).header("X-Recruiter-Name", "Someone Else")
                .contentType(ContentType.JSON).body(Map.of("note", "Clear thinker."))
                .post(INTERVIEWS + "/{id}/approve", interview.id())
                .then().statusCode(202).body("recruiter", equalTo(RECRUITER));

        RecruiterDecided decided = awaitDecision(interview.id());
        assertEquals(RECRUITER, decided.recruiter());
        given().cookie(SESSION_COOKIE, session).get(INTERVIEWS + "/{id}", interview.id())
                .then().statusCode(200).body("decision.recruiter", equalTo(RECRUITER));
    }

    @Test
    void theDeskPageOffersTheSignInFormAndItsScriptsChartLibraryAndStyle() {
        given().get("/recruiter").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .body(containsString("action=\"/j_security_check\""))
                .body(containsString("name=\"j_username\""))
                .body(containsString("name=\"j_password\""));
        given().get("/recruiter/api.js").then().statusCode(200).body(containsString(INTERVIEWS));
        for (String module : List.of("desk.js", "detail.js", "invite.js", "highlight.js", "recruiter.css")) {
            given().get("/recruiter/" + module).then().statusCode(200);
        }
        String chartScript = given().get("/recruiter").then().extract().asString()
                .replaceAll("(?s).*<script defer src=\"([^\"]+)\">.*", "$1");
        given().get(chartScript).then().statusCode(200).body(containsString("Chart.js v4"));
    }

    @Test
    void signingOutEndsTheDeskSession() {
        Response signOut = given().redirects().follow(false)
                .cookie(SESSION_COOKIE, signIn(RECRUITER, PASSWORD).cookie(SESSION_COOKIE))
                .post("/recruiter/sign-out");

        signOut.then().statusCode(303).header("Location", endsWith("/recruiter"));
        Cookie cleared = signOut.detailedCookie(SESSION_COOKIE);
        assertEquals(0, cleared.getMaxAge(), "the session cookie expires at once");
        assertEquals("", cleared.getValue());
    }

    private static Response signIn(String name, String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", name).formParam("j_password", password)
                .post("/j_security_check");
    }
}
