package io.interviews.gateway;

import io.interviews.events.CloudEventHeaders;
import io.interviews.events.PlannedStage;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.interviews.gateway.TestInterviews.INVITATIONS;
import static io.interviews.gateway.TestInterviews.PROBLEM_JSON;
import static io.interviews.gateway.TestInterviews.TIMEOUT;
import static io.interviews.gateway.TestInterviews.application;
import static io.interviews.gateway.TestInterviews.invite;
import static io.interviews.gateway.TestInterviews.kafka;
import static io.interviews.gateway.TestInterviews.opened;
import static io.interviews.gateway.TestInterviews.recruiter;
import static io.interviews.gateway.TestInterviews.register;
import static io.interviews.testsupport.TopicProbe.keyed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class RegistrationTest {

    @Inject
    DataSource dataSource;

    @Test
    void anInvitationEmitsTheIntakeStageCompletedKeyedByInterviewWithCloudEventsHeaders() {
        var response = invite(application())
                .then().statusCode(201)
                .extract();
        UUID interviewId = UUID.fromString(response.path("interviewId"));
        assertTrue(response.header("Location").endsWith(INVITATIONS + "/" + interviewId), response.header("Location"));

        ConsumerRecord<String, String> record = kafka().awaitRecord(Topics.STAGE_COMPLETED,
                keyed(interviewId), TIMEOUT);
        StageCompleted intake = opened(record, StageCompleted.class);
        Map<String, String> headers = TopicProbe.headers(record);
        assertEquals(StageCompleted.TYPE, headers.get(CloudEventHeaders.TYPE));
        assertEquals(intake.eventId().toString(), headers.get(CloudEventHeaders.ID));
        assertEquals("1.0", headers.get(CloudEventHeaders.SPEC_VERSION));
        assertEquals("/gateway", headers.get(CloudEventHeaders.SOURCE));
        assertEquals(interviewId, intake.interviewId());
        assertEquals(StageCompleted.INTAKE, intake.stage());
        assertTrue(intake.results().isEmpty());
        assertEquals(TestInterviews.defaultContext(), intake.context());
        assertEquals("tech", intake.nextStage().orElseThrow());
    }

    @Test
    void aPlanGivenByTheRecruiterReplacesTheDefaultPlan() {
        Map<String, Object> application = application();
        application.put("plan", List.of(stage("coding", 0.6), stage("boss", 0.4)));
        Registration interview = register(application);

        StageCompleted intake = opened(kafka().awaitRecord(Topics.STAGE_COMPLETED,
                keyed(interview.id()), TIMEOUT), StageCompleted.class);
        assertEquals(List.of(new PlannedStage("coding", 0.6), new PlannedStage("boss", 0.4)), intake.context().plan());
        given().header("Authorization", interview.bearer())
                .get("/api/interviews/{id}", interview.id())
                .then().statusCode(200)
                .body("currentStage", equalTo("coding"));
    }

    @Test
    void theCandidateTokenOpensItsOwnInterviewAndNoOther() {
        Registration ada = register();
        Registration grace = register();

        given().header("Authorization", ada.bearer())
                .get("/api/interviews/{id}", ada.id())
                .then().statusCode(200)
                .body("interviewId", equalTo(ada.id().toString()))
                .body("status", equalTo("IN_PROGRESS"))
                .body("currentStage", equalTo("tech"))
                .body("openQuestion", nullValue())
                .body("answeredQuestions", equalTo(0));

        UUID unknownId = UUID.randomUUID();
        String unknownInterview = given().header("Authorization", grace.bearer())
                .get("/api/interviews/{id}", unknownId)
                .then().statusCode(404).extract().asString()
                .replace(unknownId.toString(), ada.id().toString()); // the problem's instance echoes the path
        // another interview's token, no token, a wrong token: all indistinguishable from an unknown interview
        for (String authorization : List.of(grace.bearer(), "", "Bearer ", "Bearer not-the-token", ada.token())) {
            String body = given().header("Authorization", authorization)
                    .get("/api/interviews/{id}", ada.id())
                    .then().statusCode(404).extract().asString();
            assertEquals(unknownInterview, body, "answer for Authorization '" + authorization + "'");
        }
        given().get("/api/interviews/{id}", ada.id()).then().statusCode(404);
    }

    @Test
    void theDatabaseStoresOnlyTheHashOfTheToken() throws Exception {
        Registration interview = register();
        assertTrue(interview.token().matches("[A-Za-z0-9_-]{43}"), "256-bit URL-safe token: " + interview.token());

        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select token_hash, row_to_json(i)::text from interview i where id = ?")) {
            query.setObject(1, interview.id());
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                String expectedHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(interview.token().getBytes(StandardCharsets.UTF_8)));
                assertEquals(expectedHash, row.getString(1));
                assertFalse(row.getString(2).contains(interview.token()), row.getString(2));
            }
        }
    }

    static Stream<Arguments> invalidApplications() {
        return Stream.of(
                invalid("missing candidate name", a -> candidate(a).remove("name"), "candidate.name", "is required"),
                invalid("blank candidate name", a -> candidate(a).put("name", "  "), "candidate.name", "is required"),
                invalid("bad email", a -> candidate(a).put("email", "ada-at-example"), "candidate.email", "email"),
                invalid("missing position", a -> a.remove("position"), "position", "is required"),
                invalid("blank position title", a -> position(a).put("title", ""), "position.title", "is required"),
                invalid("unknown language", a -> a.put("language", "fr"), "language", "unsupported language 'fr'"),
                invalid("missing language", a -> a.remove("language"), "language", "is required"),
                invalid("empty plan", a -> a.put("plan", List.of()), "plan", "at least one stage"),
                invalid("zero weight", a -> a.put("plan", List.of(stage("tech", 0))), "plan[0].weight", "positive"),
                invalid("negative weight", a -> a.put("plan", List.of(stage("tech", 0.5), stage("hr", -0.5))),
                        "plan[1].weight", "positive"),
                invalid("duplicate stage", a -> a.put("plan", List.of(stage("tech", 0.5), stage("tech", 0.5))),
                        "plan[1].stage", "duplicate stage 'tech'"),
                invalid("uppercase stage name", a -> a.put("plan", List.of(stage("Tech", 1))), "plan[0].stage",
                        "lowercase letters"),
                invalid("one-letter stage name", a -> a.put("plan", List.of(stage("t", 1))), "plan[0].stage",
                        "lowercase letters"),
                invalid("intake as a stage", a -> a.put("plan", List.of(stage("intake", 1))), "plan[0].stage",
                        "reserved"),
                invalid("weight that is not a number", a -> a.put("plan", List.of(Map.of("stage", "tech",
                        "weight", "heavy"))), "plan[0].weight", "wrong type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidApplications")
    void anInvalidApplicationIsRejectedWithWhatIsWrong(String description, Map<String, Object> application,
                                                      String field, String message) {
        invite(application)
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("instance", equalTo(INVITATIONS))
                .body("detail", containsString(field))
                .body("violations.field", hasItem(field))
                .body("violations.find { it.field == '" + field + "' }.message", containsString(message));
    }

    @Test
    void aBodyThatIsNotJsonIsRejectedWithAClearMessage() {
        recruiter().contentType(ContentType.TEXT).body("name=Ada")
                .when().post(INVITATIONS)
                .then().statusCode(415)
                .body("detail", containsString("must be JSON"));
        recruiter().contentType(ContentType.JSON).body("{\"candidate\": {\"name\": \"Ada\"")
                .when().post(INVITATIONS)
                .then().statusCode(400)
                .body("detail", containsString("not valid JSON"));
        recruiter().contentType(ContentType.JSON).body("{\"candidate\": }")
                .when().post(INVITATIONS)
                .then().statusCode(400)
                .body("detail", containsString("not valid JSON"));
        recruiter().contentType(ContentType.JSON)
                .when().post(INVITATIONS)
                .then().statusCode(400)
                .body("detail", containsString("JSON body"));
    }

    @Test
    void unknownAddressesMalformedIdsAndMethodsAnswerWithAProblem() {
        given().get("/api/nothing-here").then().statusCode(404).contentType(PROBLEM_JSON)
                .body("title", equalTo("Not Found"))
                .body("instance", equalTo("/api/nothing-here"));
        given().header("Authorization", "Bearer x").get("/api/interviews/not-a-uuid").then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", contains("id"))
                .body("violations[0].message", containsString("must be a UUID"));
        given().header("Authorization", "Bearer x").get("/api/interviews/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("detail", equalTo("interview not found"));
        given().delete("/api/interviews").then().statusCode(405).contentType(PROBLEM_JSON)
                .body("title", equalTo("Method Not Allowed"));
    }

    @Test
    void aBodyOverTheSizeLimitIsRejected() {
        Map<String, Object> application = application();
        candidate(application).put("name", "A".repeat(200 * 1024));
        invite(application)
                .then().statusCode(413)
                .body("detail", containsString("at most 131072"));
    }

    private static Arguments invalid(String description, Consumer<Map<String, Object>> breakIt, String field,
                                     String message) {
        Map<String, Object> application = application();
        breakIt.accept(application);
        return Arguments.of(description, application, field, message);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> candidate(Map<String, Object> application) {
        return (Map<String, Object>) application.get("candidate");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> position(Map<String, Object> application) {
        return (Map<String, Object>) application.get("position");
    }

    static Map<String, Object> stage(String name, double weight) {
        return Map.of("stage", name, "weight", weight);
    }
}
