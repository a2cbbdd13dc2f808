package io.interviews.gateway;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.DataKey;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewErased;
import io.interviews.events.QuestionAsked;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.gateway.service.InterviewRetention;
import io.interviews.gateway.service.MissingDataKeys;
import io.interviews.kit.DataKeys;
import io.interviews.testsupport.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.interviews.gateway.TestInterviews.PROBLEM_JSON;
import static io.interviews.gateway.TestInterviews.TIMEOUT;
import static io.interviews.gateway.TestInterviews.answer;
import static io.interviews.gateway.TestInterviews.application;
import static io.interviews.gateway.TestInterviews.ask;
import static io.interviews.gateway.TestInterviews.awaitHandled;
import static io.interviews.gateway.TestInterviews.awaitOpenQuestion;
import static io.interviews.gateway.TestInterviews.kafka;
import static io.interviews.gateway.TestInterviews.opened;
import static io.interviews.gateway.TestInterviews.publish;
import static io.interviews.gateway.TestInterviews.recruiter;
import static io.interviews.gateway.TestInterviews.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Erasure (GDPR Art. 17) at the gateway: a recruiter erases one interview or every interview of a candidate's email,
 * the retention job erases those past the retention period; the gateway's rows go at once, the erasure is announced
 * on {@code interview.erasures}, and the interview answers 410 Gone from then on, its late events ignored.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ErasureTest {

    private static final Duration LONG_AGO = Duration.ofDays(800);

    @Inject
    DataSource dataSource;

    @Inject
    InterviewRetention retention;

    @Inject
    MissingDataKeys missingDataKeys;

    @Inject
    DataKeys dataKeys;

    @Test
    void anErasedInterviewLeavesNoRowIsAnnouncedAndAnswersGone() throws SQLException {
        Registration interview = register();
        given().header("Authorization", interview.bearer()).contentType(ContentType.JSON)
                .body(Map.of("consent", true, "sex", "FEMALE")).put("/api/interviews/{id}/self-identification",
                        interview.id()).then().statusCode(204);
        ConsumerRecord<String, String> answered = answerFirstQuestion(interview, "I built a ledger for Ada's payments.");
        ConsumerRecord<String, String> intake = kafka().awaitRecord(Topics.STAGE_COMPLETED,
                record -> record.key().equals(interview.id().toString()), TIMEOUT);
        // on the topics the personal data is sealed with the interview's data key
        for (String personal : List.of("Ada Lovelace", "ada@example.com", "a ledger for Ada")) {
            assertFalse(intake.value().contains(personal) || answered.value().contains(personal), personal);
        }
        assertEquals("I built a ledger for Ada's payments.", opened(answered, AnswerSubmitted.class).text());

        String erasedAt = recruiter().delete("/api/recruiter/interviews/{id}", interview.id())
                .then().statusCode(200)
                .body("interviewId", equalTo(interview.id().toString()))
                .body("reason", equalTo("REQUEST"))
                .extract().path("erasedAt");

        assertEquals(0, rows("select count(*) from interview where id = ?", interview.id()));
        assertEquals(0, rows("select count(*) from question where interview_id = ?", interview.id()));
        assertEquals(0, rows("select count(*) from audit.self_identification where interview_id = ?", interview.id()));
        assertEquals(0, rows("select count(*) from outbox_message where record_key = ?::text and event_type <> ?",
                interview.id(), InterviewErased.TYPE), "the answer's event left the outbox with the interview");
        // crypto-shredding: the copies on the topics stay, and read erased
        assertEquals(1, rows("select count(*) from data_keys.interview_data_key where interview_id = ? "
                + "and data_key is null", interview.id()));
        assertEquals(DataKey.ERASED, opened(answered, AnswerSubmitted.class).text());
        assertEquals(DataKey.ERASED, opened(intake, StageCompleted.class).context().candidate().email());
        assertEquals("tech", opened(intake, StageCompleted.class).nextStage().orElseThrow(), "operational fields stay");
        ConsumerRecord<String, String> announced = kafka().awaitRecord(Topics.ERASURES,
                record -> record.key().equals(interview.id().toString()), TIMEOUT);
        assertEquals(InterviewErased.Reason.REQUEST,
                EventCodec.decode(announced.value(), InterviewErased.class).reason());

        recruiter().get("/api/recruiter/interviews/{id}", interview.id())
                .then().statusCode(410).contentType(PROBLEM_JSON)
                .body("detail", containsString("the interview was erased at " + erasedAt + " (request)"));
        given().header("Authorization", interview.bearer()).get("/api/interviews/{id}", interview.id())
                .then().statusCode(410).contentType(PROBLEM_JSON);
        recruiter().get("/api/recruiter/interviews/{id}/scorecard.pdf", interview.id()).then().statusCode(410);
        recruiter().contentType(ContentType.JSON).body(Map.of()).post("/api/recruiter/interviews/{id}/reject",
                interview.id()).then().statusCode(410);
        recruiter().delete("/api/recruiter/interviews/{id}", interview.id())
                .then().statusCode(200).body("erasedAt", equalTo(erasedAt));

        awaitHandled(publish(Topics.QUESTIONS, QuestionAsked.of(interview.id(), "tech", "tech-2", "And then?", false,
                2, 3)));
        assertEquals(0, rows("select count(*) from question where interview_id = ?", interview.id()),
                "a late event of an erased interview is ignored");
    }

    @Test
    void anInterviewWithoutADataKeyGetsOneAndAnErasedOneARowWithoutKey() throws SQLException {
        Registration keyless = register();
        Registration keyed = register();
        UUID erasedElsewhere = UUID.randomUUID();
        // as if registered, and erased, while interview.personal-data.sealed was off (the intake's key forgotten here too)
        update("delete from data_keys.interview_data_key where interview_id = ?", keyless.id());
        dataKeys.forget(keyless.id());
        update("insert into erased_interview (interview_id, erased_at, reason) values (?, ?, 'REQUEST')",
                erasedElsewhere, Instant.now());
        byte[] keyBefore = dataKey(keyed.id());

        QuarkusTransaction.requiringNew().run(missingDataKeys::create);

        assertEquals(32, dataKey(keyless.id()).length);
        assertArrayEquals(keyBefore, dataKey(keyed.id()), "a key an interview has stays");
        assertEquals(1, rows("select count(*) from data_keys.interview_data_key where interview_id = ? "
                + "and data_key is null and erased_at is not null", erasedElsewhere));
        // and its events are published again, sealed with the new key
        ConsumerRecord<String, String> answered = answerFirstQuestion(keyless, "I sharded the ledger by account.");
        assertFalse(answered.value().contains("sharded the ledger"));
        assertEquals("I sharded the ledger by account.", opened(answered, AnswerSubmitted.class).text());
    }

    @Test
    void twoErasuresAtOnceAreOneErasure() throws SQLException {
        Registration interview = register();
        List<CompletableFuture<String>> requests = IntStream.range(0, 2)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> recruiter()
                        .delete("/api/recruiter/interviews/{id}", interview.id())
                        .then().statusCode(200).extract().<String>path("erasedAt")))
                .toList();
        List<String> erasedAt = requests.stream().map(CompletableFuture::join).toList();

        assertEquals(erasedAt.get(0), erasedAt.get(1), "both answer the one erasure");
        assertEquals(1, rows("select count(*) from outbox_message where record_key = ?::text and event_type = ?",
                interview.id(), InterviewErased.TYPE), "one InterviewErased");
    }

    @Test
    void aCandidatesRequestErasesEveryInterviewOfTheirEmailAndNoOther() {
        String email = "grace." + UUID.randomUUID() + "@example.com";
        Registration first = register(withEmail(email));
        Registration second = register(withEmail(email.toUpperCase()));
        Registration someoneElse = register();

        recruiter().contentType(ContentType.JSON).body(Map.of("candidateEmail", email))
                .post("/api/recruiter/erasures")
                .then().statusCode(200)
                .body("interviewId", hasSize(2))
                .body("interviewId", containsInAnyOrder(first.id().toString(),
                        second.id().toString()));

        recruiter().get("/api/recruiter/interviews/{id}", second.id()).then().statusCode(410);
        recruiter().get("/api/recruiter/interviews/{id}", someoneElse.id()).then().statusCode(200);
        recruiter().contentType(ContentType.JSON).body(Map.of("candidateEmail", email))
                .post("/api/recruiter/erasures").then().statusCode(404).contentType(PROBLEM_JSON);
        recruiter().contentType(ContentType.JSON).body(Map.of("candidateEmail", "not an email"))
                .post("/api/recruiter/erasures").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("violations.field", equalTo(List.of("candidateEmail")));
        recruiter().delete("/api/recruiter/interviews/{id}", UUID.randomUUID()).then().statusCode(404);
        given().delete("/api/recruiter/interviews/{id}", someoneElse.id()).then().statusCode(401);
    }

    @Test
    void theRetentionJobErasesInterviewsPastThePeriodAfterTheirOutcomeOrLastChange() throws SQLException {
        Registration concludedLongAgo = register();
        Registration abandonedLongAgo = register();
        Registration concludedRecently = register();
        Instant longAgo = Instant.now().minus(LONG_AGO);
        update("update interview set outcome = 'TALENT_POOL', concluded_at = ?, updated_at = ? where id = ?", longAgo, Instant.now(),
                concludedLongAgo.id());
        update("update interview set updated_at = ? where id = ?", longAgo, abandonedLongAgo.id());
        update("update interview set outcome = 'HIRED', concluded_at = ?, updated_at = ? where id = ?", Instant.now(), longAgo,
                concludedRecently.id());

        retention.eraseExpired();

        for (Registration expired : List.of(concludedLongAgo, abandonedLongAgo)) {
            recruiter().get("/api/recruiter/interviews/{id}", expired.id())
                    .then().statusCode(410).body("detail", containsString("(retention)"));
        }
        recruiter().get("/api/recruiter/interviews/{id}", concludedRecently.id()).then().statusCode(200);
    }

    private static Map<String, Object> withEmail(String email) {
        Map<String, Object> application = application();
        @SuppressWarnings("unchecked")
        Map<String, Object> candidate = (Map<String, Object>) application.get("candidate");
        candidate.put("email", email);
        return application;
    }

    /** The candidate answers tech's first question; its {@code AnswerSubmitted} record as published. */
    private static ConsumerRecord<String, String> answerFirstQuestion(Registration interview, String text) {
        ask(interview, "tech", "tech-1", 1);
        awaitOpenQuestion(interview, "tech-1");
        given().header("Authorization", interview.bearer()).contentType(ContentType.JSON)
                .body(answer("tech-1", text)).post("/api/interviews/{id}/answers", interview.id())
                .then().statusCode(202);
        return kafka().awaitRecord(Topics.ANSWERS, record -> record.key().equals(interview.id().toString()), TIMEOUT);
    }

    private byte[] dataKey(UUID interviewId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = bind(connection.prepareStatement(
                     "select data_key from data_keys.interview_data_key where interview_id = ?"), interviewId);
             ResultSet result = statement.executeQuery()) {
            assertTrue(result.next(), "no key row for " + interviewId);
            return result.getBytes(1);
        }
    }

    private long rows(String query, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = bind(connection.prepareStatement(query), parameters);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = bind(connection.prepareStatement(sql), parameters)) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i] instanceof Instant instant ? Timestamp.from(instant) : parameters[i];
            statement.setObject(i + 1, parameter);
        }
        return statement;
    }
}
