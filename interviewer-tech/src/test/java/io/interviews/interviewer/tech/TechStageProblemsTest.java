package io.interviews.interviewer.tech;

import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.interviews.testsupport.ProblemResponses.getProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * An interviewer serves no API of its own (only health and metrics); a request to any other address is answered
 * with the 404 problem every service answers.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class TechStageProblemsTest {

    @Test
    void anUnknownAddressIsANotFoundProblem() {
        String path = "/api/sessions/" + UUID.randomUUID();
        getProblem(path, 404, "Not Found").body("violations", empty());
    }

    @Test
    void healthIsStillServed() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
