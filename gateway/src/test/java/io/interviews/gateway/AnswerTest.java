package io.interviews.gateway;

import io.interviews.events.AnswerSubmitted;
import io.interviews.events.CloudEventHeaders;
import io.interviews.events.EventCodec;
import io.interviews.events.QuestionAsked;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.interviews.gateway.TestInterviews.TIMEOUT;
import static io.interviews.gateway.TestInterviews.answer;
import static io.interviews.gateway.TestInterviews.ask;
import static io.interviews.gateway.TestInterviews.awaitOpenQuestion;
import static io.interviews.gateway.TestInterviews.kafka;
import static io.interviews.gateway.TestInterviews.opened;
import static io.interviews.gateway.TestInterviews.register;
import static io.interviews.testsupport.TopicProbe.keyed;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class AnswerTest {

    @Test
    void anAnswerToTheOpenQuestionIsAcceptedAndEmittedExactlyOnce() {
        Registration interview = register();
        ask(interview, "tech", "tech-1", 1);
        awaitOpenQuestion(interview, "tech-1");

        post(interview, answer("tech-1", "I designed a payment ledger on PostgreSQL."))
                .then().statusCode(202)
                .body("questionId", equalTo("tech-1"))
                .body("accepted", equalTo(true));
        post(interview, answer("tech-1", "A second try."))
                .then().statusCode(409)
                .body("detail", containsString("already been answered"));

        given().header("Authorization", interview.bearer())
                .get("/api/interviews/{id}", interview.id())
                .then().statusCode(200)
                .body("openQuestion", nullValue())
                .body("answeredQuestions", equalTo(1));

        // a later answer of the same interview lands behind any copy of the first on the same partition
        ask(interview, "tech", "tech-2", 2);
        awaitOpenQuestion(interview, "tech-2");
        post(interview, answer("tech-2", "Second answer.")).then().statusCode(202);
        List<ConsumerRecord<String, String>> answers = answersOf(interview, 2);

        List<AnswerSubmitted> first = answers.stream()
                .map(record -> opened(record, AnswerSubmitted.class))
                .filter(event -> event.questionId().equals("tech-1"))
                .toList();
        assertEquals(1, first.size(), TopicProbe.describe(answers));
        assertEquals("I designed a payment ledger on PostgreSQL.", first.get(0).text());
        assertEquals("tech", first.get(0).stage());
        ConsumerRecord<String, String> record = answers.get(0);
        assertEquals(interview.id().toString(), record.key());
        assertEquals(AnswerSubmitted.TYPE, TopicProbe.headers(record).get(CloudEventHeaders.TYPE));
        assertEquals(first.get(0).eventId().toString(), TopicProbe.headers(record).get(CloudEventHeaders.ID));
    }

    @Test
    void concurrentAnswersToTheSameQuestionAcceptExactlyOne() throws Exception {
        Registration interview = register();
        ask(interview, "tech", "tech-1", 1);
        awaitOpenQuestion(interview, "tech-1");

        int attempts = 8;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Callable<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String text = "Answer number " + i;
                posts.add(() -> post(interview, answer("tech-1", text)).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(posts)) {
                statuses.add(status.get());
            }
            assertEquals(1, statuses.stream().filter(status -> status == 202).count(), statuses.toString());
            assertEquals(attempts - 1, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }

        ask(interview, "tech", "tech-2", 2);
        awaitOpenQuestion(interview, "tech-2");
        post(interview, answer("tech-2", "Second answer.")).then().statusCode(202);
        List<ConsumerRecord<String, String>> answers = answersOf(interview, 2);
        assertEquals(2, answers.size(), TopicProbe.describe(answers));
    }

    @Test
    void answersThatCannotBeAcceptedAreRejectedWithTheReason() {
        Registration interview = register();
        ask(interview, "tech", "tech-1", 1);
        ask(interview, "tech", "tech-2", 2);
        awaitOpenQuestion(interview, "tech-2");

        for (String empty : new String[] {"", " \n\t"}) {
            post(interview, answer("tech-2", empty)).then().statusCode(400)
                    .body("detail", containsString("must not be empty"));
        }
        post(interview, answer("tech-2", "x".repeat(10_001))).then().statusCode(413)
                .body("detail", containsString("at most 10000"));
        post(interview, answer("no-such-question", "An answer.")).then().statusCode(404)
                .body("detail", containsString("was not asked"));
        post(interview, answer("tech-1", "An answer to the earlier question.")).then().statusCode(409)
                .body("detail", containsString("not the open question"));

        post(interview, answer("tech-2", "An answer.")).then().statusCode(202);
        post(interview, answer("tech-2", "Again.")).then().statusCode(409)
                .body("detail", containsString("already been answered"));
    }

    @Test
    void anAnswerOverTheByteBudgetIsRejectedThoughUnderTheCharacterLimit() {
        Registration interview = register();
        ask(interview, "tech", "tech-1", 1);
        awaitOpenQuestion(interview, "tech-1");
        String emoji = "\uD83D\uDE00"; // one character outside the BMP: 4 bytes in UTF-8

        // 2,626 characters, far under the 10,000-character limit, but 10,504 bytes
        post(interview, answer("tech-1", emoji.repeat(2_626))).then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", equalTo("the answer takes 10504 bytes (UTF-8, line breaks and quotes escaped); "
                        + "at most 10500 are accepted"));
        // quotes count as they travel in events, escaped: 5,251 characters take 10,502 bytes
        post(interview, answer("tech-1", "\"".repeat(5_251))).then().statusCode(413)
                .body("detail", containsString("the answer takes 10502 bytes"));

        // the longest answer allowed in such characters; the refusals left the question open
        post(interview, answer("tech-1", emoji.repeat(2_625))).then().statusCode(202);
    }

    @Test
    void answersAreRefusedOnceThePlanIsComplete() {
        Registration interview = register();
        QuestionAsked question = ask(interview, "boss", "boss-1", 1);
        awaitOpenQuestion(interview, question.questionId());

        StageCompleted last = new StageCompleted(UUID.randomUUID(), interview.id(), Instant.now(),
                TestInterviews.defaultContext(), "boss", List.of());
        TestInterviews.publish(Topics.STAGE_COMPLETED, last);
        await().atMost(TIMEOUT).until(() -> "SCORING".equals(given()
                .header("Authorization", interview.bearer())
                .get("/api/interviews/{id}", interview.id())
                .then().extract().path("status")));

        post(interview, answer("boss-1", "Too late.")).then().statusCode(409)
                .body("detail", containsString("no longer taking answers"));
    }

    @Test
    void anAnswerWithoutTheCandidatesTokenIsTreatedAsAnUnknownInterview() {
        Registration interview = register();
        Registration other = register();
        ask(interview, "tech", "tech-1", 1);
        awaitOpenQuestion(interview, "tech-1");

        given().header("Authorization", other.bearer()).contentType(ContentType.JSON).body(answer("tech-1", "Hi"))
                .post("/api/interviews/{id}/answers", interview.id())
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(answer("tech-1", "Hi"))
                .post("/api/interviews/{id}/answers", interview.id())
                .then().statusCode(404);
    }

    private static Response post(Registration interview, Object body) {
        return given().header("Authorization", interview.bearer()).contentType(ContentType.JSON).body(body)
                .post("/api/interviews/{id}/answers", interview.id());
    }

    /** Waits for the answer to question tech-{@code expected}, then returns every answer of the interview. */
    private static List<ConsumerRecord<String, String>> answersOf(Registration interview, int expected) {
        String key = interview.id().toString();
        String lastQuestion = "tech-" + expected;
        List<ConsumerRecord<String, String>> all = kafka().awaitRecords(Topics.ANSWERS,
                records -> records.stream().filter(keyed(key))
                        .anyMatch(r -> EventCodec.decode(r.value(), AnswerSubmitted.class).questionId()
                                .equals(lastQuestion)),
                TIMEOUT);
        return all.stream().filter(keyed(key)).toList();
    }
}
