package io.interviews.gateway;

import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static io.interviews.gateway.RegistrationTest.stage;
import static io.interviews.gateway.TestInterviews.INVITATIONS;
import static io.interviews.gateway.TestInterviews.RECRUITER_KEY;
import static io.interviews.gateway.TestInterviews.RECRUITER_KEY_HEADER;
import static io.interviews.gateway.TestInterviews.application;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With public registration switched on, anyone may apply, but only for the default plan. Runs in the rate-limit
 * profile, which opens registration too (one application start for both); each request comes from an address of
 * its own, so no limit is reached.
 */
@QuarkusTest
@TestProfile(RateLimitTest.TightLimits.class)
@WithTestResource(RealInfrastructure.class)
class OpenRegistrationTest {

    private static final String PLAN_IS_THE_RECRUITERS =
            "a candidate cannot choose the plan: the recruiter's invitation sets it";

    @Inject
    DataSource dataSource;

    @Test
    void aCandidateRegistersForTheDefaultPlan() {
        var created = RateLimitTest.fromNewAddress().contentType(ContentType.JSON).body(application())
                .when().post("/api/interviews")
                .then().statusCode(201)
                .body("candidateUrl", startsWith("http://localhost:8080/interview/"))
                .extract();
        given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY)
                .get(INVITATIONS + "/{id}", created.<String>path("interviewId"))
                .then().statusCode(200)
                .body("plan.stage", equalTo(List.of("tech", "hr", "boss")))
                .body("plan.weight", equalTo(List.of(0.4f, 0.3f, 0.3f)));
    }

    @Test
    void aCandidateWhoChoosesAPlanOrTemplateIsRefusedAndNothingIsRegistered() throws SQLException {
        Map<String, Object> withPlan = application();
        withPlan.put("candidate", Map.of("name", "Mallory", "email", "mallory.plan@example.com"));
        withPlan.put("plan", List.of(stage("hr", 1)));
        RateLimitTest.fromNewAddress().contentType(ContentType.JSON).body(withPlan)
                .when().post("/api/interviews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("plan")))
                .body("violations[0].message", equalTo(PLAN_IS_THE_RECRUITERS));

        Map<String, Object> withTemplate = application();
        withTemplate.put("candidate", Map.of("name", "Mallory", "email", "mallory.template@example.com"));
        withTemplate.put("template", "backend-senior");
        RateLimitTest.fromNewAddress().contentType(ContentType.JSON).body(withTemplate)
                .when().post("/api/interviews")
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("template")))
                .body("violations[0].message", equalTo(PLAN_IS_THE_RECRUITERS));

        assertEquals(0, interviewsOf("mallory.plan@example.com") + interviewsOf("mallory.template@example.com"));
    }

    private int interviewsOf(String email) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from interview where candidate_email = ?")) {
            query.setString(1, email);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }
}
