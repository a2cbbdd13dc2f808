package io.interviews.offer.rest;

import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static io.interviews.testsupport.ProblemResponses.getNotFoundProblem;
import static io.interviews.testsupport.ProblemResponses.getProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Errors of the letter API are RFC 9457 problem details, whichever representation the client asked for. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class LetterProblemsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/letters/42", "/api/letters/42/letter.pdf"})
    void anIdThatIsNotAUuidIsABadRequestNamingTheParameter(String path) {
        getProblem(path, 400, "Bad Request")
                .body("detail", equalTo("interviewId: must be a UUID, not '42'"))
                .body("violations.field", contains("interviewId"));
    }

    @Test
    void anUnknownInterviewIsANotFoundProblemEvenWhenMarkdownWasAskedFor() {
        UUID unknown = UUID.randomUUID();
        getNotFoundProblem(given().accept("text/markdown"), "/api/letters/{id}",
                "No letter drafted for interview " + unknown, unknown)
                .body("instance", containsString(unknown.toString()));
    }
}
