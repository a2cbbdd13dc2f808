package io.interviews.offer.rest;

import io.interviews.events.Topics;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** Errors of the letter API are RFC 9457 problem details, whichever representation the client asked for. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = RealInfrastructure.ARG_TOPICS,
        value = Topics.SCORED + "," + Topics.LETTERS + "," + Topics.DECISIONS + "," + Topics.DEAD_LETTERS))
class LetterProblemsTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void anIdThatIsNotAUuidIsABadRequestNamingTheParameter() {
        given().get("/api/letters/42/letter.pdf")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Bad Request"))
                .body("status", equalTo(400))
                .body("detail", equalTo("interviewId: must be a UUID, not '42'"))
                .body("instance", equalTo("/api/letters/42/letter.pdf"))
                .body("violations.field", contains("interviewId"));
    }

    @Test
    void anUnknownInterviewIsANotFoundProblemEvenWhenMarkdownWasAskedFor() {
        UUID unknown = UUID.randomUUID();
        given().accept("text/markdown").get("/api/letters/{id}", unknown)
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("No letter drafted for interview " + unknown))
                .body("instance", containsString(unknown.toString()))
                .body("violations", empty());
    }
}
