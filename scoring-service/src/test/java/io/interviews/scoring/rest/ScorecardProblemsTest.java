package io.interviews.scoring.rest;

import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static io.interviews.testsupport.ProblemResponses.PROBLEM_JSON;
import static io.interviews.testsupport.ProblemResponses.getNotFoundProblem;
import static io.interviews.testsupport.ProblemResponses.getProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Errors of the scorecard API are RFC 9457 problem details. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ScorecardProblemsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/scorecards/not-a-uuid", "/api/scorecards/not-a-uuid/report.pdf"})
    void anIdThatIsNotAUuidIsABadRequestNamingTheParameter(String path) {
        getProblem(path, 400, "Bad Request")
                .body("violations.field", contains("interviewId"))
                .body("violations[0].message", containsString("must be a UUID"));
    }

    @Test
    void anUnknownInterviewIsANotFoundProblemSayingWhy() {
        UUID unknown = UUID.randomUUID();
        getNotFoundProblem(given(), "/api/scorecards/{id}",
                "No scorecard for interview " + unknown + ": no stage of it has been seen", unknown);
    }

    @Test
    void anUnknownAddressAndAnUnsupportedMethodAreProblemsToo() {
        given().get("/api/nothing-here").then().statusCode(404).contentType(PROBLEM_JSON)
                .body("status", equalTo(404));
        given().delete("/api/scorecards/{id}", UUID.randomUUID()).then().statusCode(405).contentType(PROBLEM_JSON)
                .body("title", equalTo("Method Not Allowed"));
    }
}
