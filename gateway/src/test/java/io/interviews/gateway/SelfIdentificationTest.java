package io.interviews.gateway;

import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.interviews.gateway.TestInterviews.PROBLEM_JSON;
import static io.interviews.gateway.TestInterviews.RECRUITER_KEY;
import static io.interviews.gateway.TestInterviews.RECRUITER_KEY_HEADER;
import static io.interviews.gateway.TestInterviews.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The candidate's voluntary self-identification: stored in the audit schema only with consent, replaced by a repeat,
 * deleted on withdrawal, refused without the interview's token, and never shown or emitted anywhere.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class SelfIdentificationTest {

    private static final String PATH = "/api/interviews/{id}/self-identification";
    @Inject
    DataSource dataSource;

    @Test
    void theCandidatesAnswersAreStoredWithConsentAndARepeatReplacesThem() throws SQLException {
        Registration interview = register();

        give(interview, answers(true, "FEMALE", "ASIAN", "AGE_40_AND_OVER")).then().statusCode(204);
        assertEquals(Optional.of(List.of("FEMALE", "ASIAN", "AGE_40_AND_OVER")), stored(interview.id()));

        Map<String, Object> fewer = answers(true, null, "WHITE", null);
        fewer.remove("sex"); // absent, like null: declined
        give(interview, fewer).then().statusCode(204);
        assertEquals(Optional.of(Arrays.asList(null, "WHITE", null)), stored(interview.id()));
    }

    @Test
    void withdrawingDeletesTheAnswersAndARepeatIsAnsweredTheSame() throws SQLException {
        Registration interview = register();
        give(interview, answers(true, "MALE", null, "UNDER_40")).then().statusCode(204);

        withdraw(interview, interview.bearer()).then().statusCode(204);
        assertEquals(Optional.empty(), stored(interview.id()));
        withdraw(interview, interview.bearer()).then().statusCode(204);
    }

    @Test
    void withoutConsentOrWithAnUnknownCategoryNothingIsStored() throws SQLException {
        Registration interview = register();

        give(interview, answers(false, "MALE", null, null)).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", equalTo(List.of("consent")))
                .body("violations[0].message",
                        equalTo("must be true: self-identification is stored only with the candidate's consent"));
        Map<String, Object> noConsent = answers(true, "MALE", null, null);
        noConsent.remove("consent");
        give(interview, noConsent).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", equalTo(List.of("consent")));
        give(interview, answers(true, "OTHER", null, null)).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", equalTo(List.of("sex")));
        given().header("Authorization", interview.bearer()).contentType(ContentType.JSON)
                .put(PATH, interview.id())
                .then().statusCode(400).contentType(PROBLEM_JSON);
        assertEquals(Optional.empty(), stored(interview.id()));
    }

    @Test
    void anotherInterviewsTokenOrNoneIsAnsweredLikeAnUnknownInterview() throws SQLException {
        Registration interview = register();
        Registration other = register();
        give(interview, answers(true, "MALE", "WHITE", "UNDER_40")).then().statusCode(204);

        given().header("Authorization", other.bearer()).contentType(ContentType.JSON)
                .body(answers(true, "FEMALE", null, null))
                .put(PATH, interview.id())
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().contentType(ContentType.JSON).body(answers(true, "FEMALE", null, null))
                .put(PATH, interview.id())
                .then().statusCode(404).contentType(PROBLEM_JSON);
        withdraw(interview, other.bearer()).then().statusCode(404).contentType(PROBLEM_JSON);
        withdraw(interview, null).then().statusCode(404).contentType(PROBLEM_JSON);

        assertEquals(Optional.of(List.of("MALE", "WHITE", "UNDER_40")), stored(interview.id()));
    }

    @Test
    void theAnswersAreInNoCandidateOrRecruiterViewAndOnNoTopic() throws SQLException {
        Registration interview = register();
        long outboxBefore = outboxRecords(interview.id());

        give(interview, answers(true, "FEMALE", "NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER", "AGE_40_AND_OVER"))
                .then().statusCode(204);

        List<String> views = List.of(
                given().header("Authorization", interview.bearer()).get("/api/interviews/{id}", interview.id())
                        .then().statusCode(200).extract().asString(),
                given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY)
                        .get("/api/recruiter/interviews/{id}", interview.id())
                        .then().statusCode(200).extract().asString(),
                given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY).get("/api/recruiter/interviews?limit=200")
                        .then().statusCode(200).extract().asString());
        for (String view : views) {
            for (String revealing : List.of("FEMALE", "NATIVE_HAWAIIAN", "AGE_40", "raceEthnicity", "ageBand",
                    "selfIdentification")) {
                assertFalse(view.contains(revealing), revealing + " shown in " + view);
            }
        }
        assertEquals(outboxBefore, outboxRecords(interview.id()), "no event was written about it");
        assertTrue(stored(interview.id()).isPresent());
    }

    private static Response give(Registration interview, Map<String, Object> answers) {
        return given().header("Authorization", interview.bearer()).contentType(ContentType.JSON).body(answers)
                .put(PATH, interview.id());
    }

    private static Response withdraw(Registration interview, String authorization) {
        var request = given();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.delete(PATH, interview.id());
    }

    private static Map<String, Object> answers(boolean consent, String sex, String raceEthnicity, String ageBand) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("consent", consent);
        body.put("sex", sex);
        body.put("raceEthnicity", raceEthnicity);
        body.put("ageBand", ageBand);
        return body;
    }

    /** The stored sex, race/ethnicity and age band, read straight from the audit schema; empty if no row. */
    private Optional<List<String>> stored(UUID interviewId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select sex, race_ethnicity, age_band, "
                     + "consented_at from audit.self_identification where interview_id = ?")) {
            query.setObject(1, interviewId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                assertTrue(row.getTimestamp("consented_at") != null);
                return Optional.of(Arrays.asList(row.getString(1), row.getString(2), row.getString(3)));
            }
        }
    }

    private long outboxRecords(UUID interviewId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from outbox_message where record_key = ?")) {
            query.setString(1, interviewId.toString());
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }
}
