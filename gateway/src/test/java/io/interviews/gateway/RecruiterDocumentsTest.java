package io.interviews.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.interviews.gateway.TestInterviews.RECRUITER_KEY;
import static io.interviews.gateway.TestInterviews.RECRUITER_KEY_HEADER;
import static io.interviews.gateway.TestInterviews.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Recruiters download the scorecard and letter PDFs through the gateway: fetched from the scoring and offer services
 * with the service API key, their refusals and outages answered as the gateway's own problems.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(ServiceStubs.class)
class RecruiterDocumentsTest {

    /** {@code %test.interview.security.service-api-key}. */
    private static final String SERVICE_AUTHORIZATION = "Bearer test-service-api-key";
    private static final byte[] PDF = "%PDF-1.7 stub".getBytes(StandardCharsets.US_ASCII);

    WireMockServer services;

    @BeforeEach
    void resetStubs() {
        services.resetAll();
    }

    @Test
    void theScorecardReportComesFromTheScoringServiceWithTheServiceKey() {
        Registration interview = register();
        String report = "/api/scorecards/" + interview.id() + "/report.pdf";
        services.stubFor(get(urlPathEqualTo(report)).withHeader("Authorization", equalTo(SERVICE_AUTHORIZATION))
                .willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody(PDF)));

        byte[] downloaded = given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY)
                .get("/api/recruiter/interviews/{id}/scorecard.pdf", interview.id())
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("scorecard-" + interview.id() + ".pdf"))
                .extract().asByteArray();

        assertArrayEquals(PDF, downloaded);
        services.verify(1, getRequestedFor(urlPathEqualTo(report)));
    }

    @Test
    void theLetterComesFromTheOfferServiceWithTheServiceKey() {
        Registration interview = register();
        services.stubFor(get(urlPathEqualTo("/api/letters/" + interview.id() + "/letter.pdf"))
                .withHeader("Authorization", equalTo(SERVICE_AUTHORIZATION))
                .willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody(PDF)));

        byte[] downloaded = given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY)
                .get("/api/recruiter/interviews/{id}/letter.pdf", interview.id())
                .then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();

        assertArrayEquals(PDF, downloaded);
    }

    @Test
    void aDocumentNotThereYetIsNotFound() {
        Registration interview = register();
        services.stubFor(get(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));

        given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY)
                .get("/api/recruiter/interviews/{id}/scorecard.pdf", interview.id())
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", is("the interview is not scored yet"));
        given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY)
                .get("/api/recruiter/interviews/{id}/letter.pdf", interview.id())
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", is("no letter has been drafted yet"));
    }

    @Test
    void anUnknownInterviewIsNotFoundWithoutAskingTheServices() {
        given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY)
                .get("/api/recruiter/interviews/{id}/letter.pdf", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", is("interview not found"));
        services.verify(0, getRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void aFailingServiceIsABadGatewayAndAnUnreachableOneIsUnavailable() {
        Registration failing = register();
        services.stubFor(get(urlPathEqualTo("/api/scorecards/" + failing.id() + "/report.pdf"))
                .willReturn(aResponse().withStatus(500)));
        given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY)
                .get("/api/recruiter/interviews/{id}/scorecard.pdf", failing.id())
                .then().statusCode(502).contentType("application/problem+json")
                .body("detail", containsString("scoring-service"));

        Registration unreachable = register();
        services.stubFor(get(urlPathEqualTo("/api/letters/" + unreachable.id() + "/letter.pdf"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY)
                .get("/api/recruiter/interviews/{id}/letter.pdf", unreachable.id())
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("offer-service"));
    }

    @Test
    void thePdfsAreForRecruitersOnly() {
        Registration interview = register();
        for (String document : new String[] {"scorecard.pdf", "letter.pdf"}) {
            given().get("/api/recruiter/interviews/{id}/" + document, interview.id())
                    .then().statusCode(401).contentType("application/problem+json");
            // not with the candidate's own token either
            given().header("Authorization", "Bearer " + interview.token())
                    .get("/api/recruiter/interviews/{id}/" + document, interview.id())
                    .then().statusCode(401);
        }
        services.verify(0, getRequestedFor(urlPathMatching(".*")));
    }
}
