package io.interviews.gateway;

import io.interviews.events.PlannedStage;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.interviews.gateway.RegistrationTest.stage;
import static io.interviews.gateway.TestInterviews.INVITATIONS;
import static io.interviews.gateway.TestInterviews.PROBLEM_JSON;
import static io.interviews.gateway.TestInterviews.RECRUITER_KEY;
import static io.interviews.gateway.TestInterviews.RECRUITER_KEY_HEADER;
import static io.interviews.gateway.TestInterviews.TIMEOUT;
import static io.interviews.gateway.TestInterviews.answer;
import static io.interviews.gateway.TestInterviews.application;
import static io.interviews.gateway.TestInterviews.ask;
import static io.interviews.gateway.TestInterviews.awaitOpenQuestion;
import static io.interviews.gateway.TestInterviews.invite;
import static io.interviews.gateway.TestInterviews.kafka;
import static io.interviews.gateway.TestInterviews.opened;
import static io.interviews.gateway.TestInterviews.register;
import static io.interviews.testsupport.TopicProbe.keyed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A recruiter invites; the candidate only takes the interview. Expiry is tested by moving an invitation's stored
 * expiry into the past, as the clock would.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class InvitationTest {

    @Inject
    DataSource dataSource;

    @Test
    void anInvitationByTemplatePlansTheTemplatesStagesAndWeights() {
        Map<String, Object> application = application();
        application.put("template", "backend-senior");
        Registration interview = register(application);

        List<PlannedStage> backendSenior = List.of(new PlannedStage("tech", 0.5), new PlannedStage("hr", 0.2),
                new PlannedStage("boss", 0.3));
        assertEquals(backendSenior, intake(interview).context().plan());
        recruiterView(interview)
                .body("planTemplate", equalTo("backend-senior"))
                .body("plan.weight", equalTo(List.of(0.5f, 0.2f, 0.3f)));
    }

    @Test
    void anInvitationWithAnExplicitPlanRecordsNoTemplate() {
        Map<String, Object> application = application();
        application.put("plan", List.of(stage("hr", 1), stage("tech", 3)));
        Registration interview = register(application);

        assertEquals(List.of(new PlannedStage("hr", 1), new PlannedStage("tech", 3)),
                intake(interview).context().plan());
        recruiterView(interview).body("planTemplate", nullValue());
    }

    @Test
    void anUnknownTemplateOrATemplateBesideAPlanIsRefused() {
        Map<String, Object> unknown = application();
        unknown.put("template", "astronaut");
        invite(unknown).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", hasItem("template"))
                .body("violations.find { it.field == 'template' }.message",
                        equalTo("unknown template 'astronaut' (configured: backend-senior, engineering-manager)"));

        Map<String, Object> both = application();
        both.put("template", "backend-senior");
        both.put("plan", List.of(stage("hr", 1)));
        invite(both).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.find { it.field == 'template' }.message",
                        equalTo("give either a template or a plan, not both"));
    }

    @Test
    void onlyARecruiterInvites() {
        given().contentType(ContentType.JSON).body(application())
                .when().post(INVITATIONS)
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().header(RECRUITER_KEY_HEADER, "guessed").contentType(ContentType.JSON).body(application())
                .when().post(INVITATIONS)
                .then().statusCode(401);
    }

    @Test
    void theInvitationLinksTheCandidatePageWithTheTokenAndExpiresInFourteenDays() {
        var created = invite(application()).then().statusCode(201).extract();
        String interviewId = created.path("interviewId");
        String token = created.path("candidateToken");

        URI candidateUrl = URI.create(created.path("candidateUrl"));
        assertEquals(URI.create("http://localhost:8080/interview/" + interviewId + "?token=" + token), candidateUrl);
        String registeredAt = given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY)
                .get(INVITATIONS + "/{id}", interviewId)
                .then().statusCode(200)
                .body("invitation.expiresAt", equalTo(created.path("expiresAt")))
                .body("invitation.expired", equalTo(false))
                .extract().path("registeredAt");
        assertEquals(Duration.ofDays(14),
                Duration.between(Instant.parse(registeredAt), Instant.parse(created.path("expiresAt"))));
    }

    @Test
    void anExpiredInvitationIsGoneForItsCandidateAndTheirAnswerChangesNothing() throws SQLException {
        Registration interview = register(application());
        ask(interview, "tech", "tech-1", 1);
        awaitOpenQuestion(interview, "tech-1");
        expire(interview);

        String gone = "the invitation expired at ";
        candidate(interview).get("/api/interviews/{id}", interview.id())
                .then().statusCode(410).contentType(PROBLEM_JSON)
                .body("title", equalTo("Gone"))
                .body("detail", containsString(gone))
                .body("detail", containsString("ask the recruiter for a new invitation"));
        candidate(interview).contentType(ContentType.JSON).body(answer("tech-1", "Too late, I am afraid."))
                .post("/api/interviews/{id}/answers", interview.id())
                .then().statusCode(410).body("detail", containsString(gone));
        candidate(interview).get("/api/interviews/{id}/letter", interview.id())
                .then().statusCode(410);
        candidate(interview).accept("text/event-stream").get("/api/interviews/{id}/events", interview.id())
                .then().statusCode(410);
        // only the token's holder learns that the interview exists
        given().header("Authorization", "Bearer not-the-token").get("/api/interviews/{id}", interview.id())
                .then().statusCode(404);

        recruiterView(interview)
                .body("invitation.expired", equalTo(true))
                .body("invitation.candidateStartedAt", nullValue())
                .body("questions.find { it.questionId == 'tech-1' }.answer", nullValue())
                .body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void anInterviewTheCandidateStartedOutlivesItsInvitation() throws SQLException {
        Registration interview = register(application());
        ask(interview, "tech", "tech-1", 1);
        awaitOpenQuestion(interview, "tech-1");
        candidate(interview).contentType(ContentType.JSON).body(answer("tech-1", "A payment ledger."))
                .post("/api/interviews/{id}/answers", interview.id())
                .then().statusCode(202);
        expire(interview);

        ask(interview, "tech", "tech-2", 2);
        awaitOpenQuestion(interview, "tech-2");
        candidate(interview).contentType(ContentType.JSON).body(answer("tech-2", "With an outbox."))
                .post("/api/interviews/{id}/answers", interview.id())
                .then().statusCode(202);
        recruiterView(interview).body("invitation.expired", equalTo(false));
    }

    @Test
    void publicRegistrationIsClosedByDefault() {
        given().contentType(ContentType.JSON).body(application())
                .when().post("/api/interviews")
                .then().statusCode(403).contentType(PROBLEM_JSON)
                .body("detail", equalTo("public registration is closed: interviews start with a recruiter's "
                        + "invitation"));
    }

    private static StageCompleted intake(Registration interview) {
        return opened(kafka().awaitRecord(Topics.STAGE_COMPLETED,
                keyed(interview.id()), TIMEOUT), StageCompleted.class);
    }

    private static ValidatableResponse recruiterView(Registration interview) {
        return given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY)
                .get(INVITATIONS + "/{id}", interview.id())
                .then().statusCode(200);
    }

    private static RequestSpecification candidate(Registration interview) {
        return given().header("Authorization", interview.bearer());
    }

    /** Moves the invitation's expiry a second into the past, where the passing of fourteen days would put it. */
    private void expire(Registration interview) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update interview set invitation_expires_at = now() - interval '1 second' where id = ?")) {
            update.setObject(1, interview.id());
            assertEquals(1, update.executeUpdate());
        }
    }
}
