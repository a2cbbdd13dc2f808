package io.interviews.testsupport;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * Errors as every service answers them, RFC 9457 problem details, checked through REST Assured (which the modules
 * that use this carry).
 */
public final class ProblemResponses {

    public static final String PROBLEM_JSON = "application/problem+json";

    private ProblemResponses() {
    }

    /**
     * {@code GET path} answers {@code status} as problem details about that path; the caller checks the detail and
     * the violations on what this returns.
     */
    public static ValidatableResponse getProblem(String path, int status, String title) {
        return given().get(path)
                .then().statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("about:blank"))
                .body("title", equalTo(title))
                .body("status", equalTo(status))
                .body("instance", equalTo(path));
    }

    /**
     * {@code GET path} (with the path parameters) sent as {@code request} specifies answers a {@code 404} problem
     * without violations, saying {@code detail}.
     */
    public static ValidatableResponse getNotFoundProblem(RequestSpecification request, String path, String detail,
            Object... pathParams) {
        return request.get(path, pathParams)
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("Not Found"))
                .body("status", equalTo(404))
                .body("detail", equalTo(detail))
                .body("violations", empty());
    }
}
