package io.interviews.gateway;

import io.interviews.deploy.infra.Database;
import io.interviews.events.Candidate;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewEvent;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.QuestionAsked;
import io.interviews.events.Topics;
import io.interviews.kit.DataKeys;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.postgresql.ds.PGSimpleDataSource;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Invites candidates through the recruiter API and plays the other services' part by publishing their events. */
final class TestInterviews {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final String RECRUITER_KEY = "test-recruiter-key";
    static final String RECRUITER_KEY_HEADER = "X-Recruiter-Key";
    /** Where a recruiter invites a candidate: the only way an interview starts unless registration is open. */
    static final String INVITATIONS = "/api/recruiter/interviews";
    /** The media type of every error answer (RFC 9457 problem details). */
    static final String PROBLEM_JSON = "application/problem+json";
    /** The gateway's consumer group on every topic it reads ({@code quarkus.application.name}). */
    static final String CONSUMER_GROUP = "gateway";

    private TestInterviews() {
    }

    record Registration(UUID id, String token) {

        String bearer() {
            return "Bearer " + token;
        }
    }

    static TopicProbe kafka() {
        return TopicProbe.shared();
    }

    /** A valid application body (default plan); tests change single fields to break it. */
    static Map<String, Object> application() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("candidate", new LinkedHashMap<>(Map.of("name", "Ada Lovelace", "email", "ada@example.com")));
        body.put("position", new LinkedHashMap<>(
                Map.of("title", "Backend Engineer", "level", "senior", "location", "London")));
        body.put("language", "en");
        return body;
    }

    /** The context the gateway derives from {@link #application()}. */
    static InterviewContext defaultContext() {
        return new InterviewContext(new Candidate("Ada Lovelace", "ada@example.com"),
                new Position("Backend Engineer", "senior", "London"), Language.EN,
                List.of(new PlannedStage("tech", 0.4), new PlannedStage("hr", 0.3), new PlannedStage("boss", 0.3)));
    }

    static Registration register() {
        return register(application());
    }

    /** A recruiter's invitation of {@code application}; the candidate's side of it. */
    static Registration register(Map<String, Object> application) {
        var response = invite(application)
                .then().statusCode(201)
                .extract();
        return new Registration(UUID.fromString(response.path("interviewId")), response.path("candidateToken"));
    }

    static Response invite(Map<String, Object> application) {
        return given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY).contentType(ContentType.JSON).body(application)
                .when().post(INVITATIONS);
    }

    static QuestionAsked ask(Registration interview, String stage, String questionId, int number) {
        QuestionAsked question = QuestionAsked.of(interview.id(), stage, questionId,
                "Question " + questionId + ": tell us about a system you designed.", false, number, 3);
        publish(Topics.QUESTIONS, question);
        return question;
    }

    static RecordMetadata publish(String topic, InterviewEvent event) {
        return kafka().send(topic, event.interviewId().toString(), EventCodec.encode(event));
    }

    /** An event the gateway published, its personal fields opened with the interview's data key as it is now. */
    static <T extends InterviewEvent> T opened(ConsumerRecord<String, String> record, Class<T> type) {
        DataKeys keys = Arc.container().instance(DataKeys.class).get();
        return EventCodec.decode(record.value(), type, keys::current);
    }

    /** Waits until the gateway has handled {@code sent}: for an event whose point is that it changes nothing. */
    static void awaitHandled(RecordMetadata sent) {
        kafka().awaitConsumed(CONSUMER_GROUP, sent, TIMEOUT);
    }

    /** Opens the candidate's event stream of {@code interview}, sending {@code authorization} as the candidate API's. */
    static SseRecorder openEventStream(Registration interview, String authorization) {
        return SseRecorder.open(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/interviews/"
                + interview.id() + "/events"), authorization);
    }

    /** Polls the candidate view until {@code questionId} is the open question. */
    static void awaitOpenQuestion(Registration interview, String questionId) {
        awaitCandidateView(interview, "openQuestion.questionId", questionId);
    }

    /** Polls the candidate view until the interview has {@code status}. */
    static void awaitStatus(Registration interview, String status) {
        awaitCandidateView(interview, "status", status);
    }

    private static void awaitCandidateView(Registration interview, String path, String expected) {
        await().atMost(TIMEOUT).until(() -> expected.equals(given()
                .header("Authorization", interview.bearer())
                .get("/api/interviews/{id}", interview.id())
                .then().statusCode(200)
                .extract().path(path)));
    }

    /** Ends every webhook subscription through the recruiter API, so that the next test starts with none. */
    static void unsubscribeAllWebhooks() {
        List<String> ids = recruiter().get("/api/recruiter/webhooks").then().statusCode(200).extract().jsonPath().getList("id");
        for (String id : ids) {
            recruiter().delete("/api/recruiter/webhooks/{id}", id).then().statusCode(204);
        }
    }

    /** The shared test database as another replica sees it: connections of its own, outside the application's pool. */
    static PGSimpleDataSource otherReplicasDatabase() {
        Database shared = RealInfrastructure.database();
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(shared.jdbcUrl());
        database.setUser(shared.username());
        database.setPassword(shared.password());
        return database;
    }

    /** A request signed in with the recruiter key. */
    static RequestSpecification recruiter() {
        return given().header(RECRUITER_KEY_HEADER, RECRUITER_KEY);
    }

    /** The recruiter's {@code decision} ({@code approve} or {@code reject}) on the drafted letter, with {@code body}. */
    static Response decide(UUID interviewId, String decision, Object body) {
        return recruiter().contentType(ContentType.JSON).body(body)
                .post("/api/recruiter/interviews/{id}/{decision}", interviewId, decision);
    }

    static Map<String, Object> answer(String questionId, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("questionId", questionId);
        body.put("text", text);
        return body;
    }
}
