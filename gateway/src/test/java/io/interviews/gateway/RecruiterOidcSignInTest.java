package io.interviews.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.interviews.events.LetterKind;
import io.interviews.events.RecruiterDecided;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Map;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.interviews.gateway.RecruiterDecisionTest.awaitDecision;
import static io.interviews.gateway.RecruiterDecisionTest.drafted;
import static io.interviews.gateway.TestInterviews.RECRUITER_KEY;
import static io.interviews.gateway.TestInterviews.RECRUITER_KEY_HEADER;
import static io.interviews.gateway.TestInterviews.answer;
import static io.interviews.gateway.TestInterviews.ask;
import static io.interviews.gateway.TestInterviews.awaitOpenQuestion;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With OpenID Connect switched on (against a WireMock provider that publishes its signing key), a recruiter's
 * access token opens the recruiter API when its {@code groups} carry the role {@code recruiter}, and the recruiter's
 * decisions are recorded under the token's {@code preferred_username}; a token without the role is forbidden and one
 * the provider did not sign is refused. The recruiter key and the candidates' own bearer tokens keep working.
 */
@QuarkusTest
@TestProfile(RecruiterOidcSignInTest.OidcSwitchedOn.class)
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class RecruiterOidcSignInTest {

    /** The provider's settings as an operator gives them (README: Connecting an OpenID Connect provider). */
    public static class OidcSwitchedOn implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.tenant-enabled", "true",
                    // keycloak.url: the WireMock provider's address, from OidcWiremockTestResource
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "quarkus.oidc.client-id", "quarkus-app",
                    "quarkus.oidc.credentials.secret", "secret");
        }
    }

    private static final String INTERVIEWS = "/api/recruiter/interviews";
    private static final String RECRUITER = "ada.recruiter@example.com";

    @OidcWireMock
    WireMockServer provider;

    @Test
    void aTokenWithTheRecruiterRoleOpensTheRecruiterApiAndADecisionIsRecordedUnderItsName() {
        String token = OidcWiremockTestResource.getAccessToken(RECRUITER, Set.of("recruiter"));
        Registration interview = drafted(LetterKind.OFFER);

        bearer(token).get(INTERVIEWS).then().statusCode(200)
                .body("interviewId", hasItem(interview.id().toString()));
        bearer(token).header("X-Recruiter-Name", "Someone Else").noContentType()
                .post(INTERVIEWS + "/{id}/approve", interview.id())
                .then().statusCode(202).body("recruiter", equalTo(RECRUITER));

        RecruiterDecided decided = awaitDecision(interview.id());
        assertEquals(RECRUITER, decided.recruiter());
        bearer(token).get(INTERVIEWS + "/{id}", interview.id())
                .then().statusCode(200).body("decision.recruiter", equalTo(RECRUITER));
    }

    @Test
    void aValidTokenWithoutTheRecruiterRoleIsForbidden() {
        String token = OidcWiremockTestResource.getAccessToken("sam.viewer@example.com", Set.of("user"));

        bearer(token).get(INTERVIEWS).then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("only recruiters may use this API"));
        bearer(token).contentType(ContentType.JSON).body(TestInterviews.application()).post(INTERVIEWS)
                .then().statusCode(403);
    }

    @Test
    void aTokenTheProviderDidNotSignIsRefused() {
        String forged = Jwt.preferredUserName("mallory@example.com").groups(Set.of("recruiter"))
                .issuer("https://server.example.com").audience("https://server.example.com")
                // the provider's key id, so that the signature is checked against its key (and fails)
                .jws().keyId("1").sign(anotherKey());

        bearer(forged).get(INTERVIEWS).then().statusCode(401).contentType("application/problem+json");
        bearer("not-a-jwt").get(INTERVIEWS).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theRecruiterKeyAndTheCandidatesBearerTokensStillWork() {
        given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY).get(INTERVIEWS).then().statusCode(200);
        given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY + "x").get(INTERVIEWS).then().statusCode(401);
        Registration interview = TestInterviews.register();
        ask(interview, "tech", "tech-1", 1);

        // the candidate's token is no OpenID Connect token: the candidate API reads it, the provider never sees it
        awaitOpenQuestion(interview, "tech-1");
        given().header("Authorization", interview.bearer()).contentType(ContentType.JSON)
                .body(answer("tech-1", "Signed in with my invitation."))
                .post("/api/interviews/{id}/answers", interview.id())
                .then().statusCode(202);
        given().header("Authorization", "Bearer not-the-token").get("/api/interviews/{id}", interview.id())
                .then().statusCode(404);
        assertEquals(0, introspectionsOf(interview.token()));
        // on the recruiter API it is taken for one (an opaque token: the provider is asked) and refused
        given().header("Authorization", interview.bearer()).get(INTERVIEWS).then().statusCode(401);
        assertEquals(1, introspectionsOf(interview.token()));
    }

    private int introspectionsOf(String token) {
        return provider.findAll(postRequestedFor(urlPathMatching(".*/token/introspect"))
                .withRequestBody(containing(token))).size();
    }

    private static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token);
    }

    private static PrivateKey anotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has RSA", e);
        }
    }
}
