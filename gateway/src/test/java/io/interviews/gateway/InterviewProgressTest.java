package io.interviews.gateway;

import io.interviews.events.InterviewScored;
import io.interviews.events.LetterDrafted;
import io.interviews.events.QuestionAsked;
import io.interviews.events.StageCompleted;
import io.interviews.events.Topics;
import io.interviews.gateway.TestInterviews.Registration;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static io.interviews.gateway.TestInterviews.RECRUITER_KEY;
import static io.interviews.gateway.TestInterviews.TIMEOUT;
import static io.interviews.gateway.TestInterviews.answer;
import static io.interviews.gateway.TestInterviews.ask;
import static io.interviews.gateway.TestInterviews.awaitHandled;
import static io.interviews.gateway.TestInterviews.awaitOpenQuestion;
import static io.interviews.gateway.TestInterviews.kafka;
import static io.interviews.gateway.TestInterviews.openEventStream;
import static io.interviews.gateway.TestInterviews.publish;
import static io.interviews.gateway.TestInterviews.register;
import static io.interviews.testsupport.TopicProbe.keyed;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read model follows the topics: idempotent, dead-lettering what it cannot read, status only forward. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class InterviewProgressTest {

    @Test
    void aRedeliveredQuestionChangesNothing() throws IOException {
        Registration interview = register();
        try (SseRecorder stream = openEventStream(interview, interview.bearer())) {
            await().atMost(TIMEOUT).until(() -> !stream.events("status").isEmpty());

            QuestionAsked first = ask(interview, "tech", "tech-1", 1);
            awaitOpenQuestion(interview, "tech-1");
            ask(interview, "tech", "tech-2", 2);
            awaitOpenQuestion(interview, "tech-2");
            // the very same record again: without the inbox it would reopen tech-1
            publish(Topics.QUESTIONS, first);
            ask(interview, "tech", "tech-3", 3);
            awaitOpenQuestion(interview, "tech-3");

            await().atMost(TIMEOUT).until(() -> stream.events("question").size() >= 3);
            List<String> shown = stream.events("question").stream()
                    .map(event -> event.data().replaceAll(".*\"questionId\":\"([^\"]+)\".*", "$1"))
                    .toList();
            assertEquals(List.of("tech-1", "tech-2", "tech-3"), shown);
        }
        recruiterView(interview.id())
                .body("questions.questionId", equalTo(List.of("tech-1", "tech-2", "tech-3")));
    }

    @Test
    void unreadableRecordsGoToTheDeadLettersAndTheNextQuestionIsStillShown() {
        Registration interview = register();
        String garbage = "not an event " + UUID.randomUUID();
        kafka().send(Topics.QUESTIONS, interview.id().toString(), garbage);
        QuestionAsked forNobody = QuestionAsked.of(UUID.randomUUID(), "tech", "tech-1", "Hello?", false, 1, 3);
        publish(Topics.QUESTIONS, forNobody);
        ask(interview, "tech", "tech-1", 1);

        ConsumerRecord<String, String> unparseable = kafka().awaitRecord(Topics.DEAD_LETTERS,
                record -> garbage.equals(record.value()), TIMEOUT);
        String reason = TopicProbe.headers(unparseable).get("dead-letter-reason");
        assertTrue(reason != null && reason.contains("unparseable QuestionAsked"), String.valueOf(reason));
        ConsumerRecord<String, String> unknown = kafka().awaitRecord(Topics.DEAD_LETTERS,
                keyed(forNobody.interviewId()), TIMEOUT);
        assertEquals("unknown interview " + forNobody.interviewId(),
                TopicProbe.headers(unknown).get("dead-letter-reason"));
        awaitOpenQuestion(interview, "tech-1");
    }

    @Test
    void statusMovesToScoringThenAwaitingDecisionAndTheRecruiterSeesTheResult() {
        Registration interview = register();
        ask(interview, "tech", "tech-1", 1);
        awaitOpenQuestion(interview, "tech-1");
        given().header("Authorization", interview.bearer()).contentType(ContentType.JSON)
                .body(answer("tech-1", "I built a ledger.")).post("/api/interviews/{id}/answers", interview.id())
                .then().statusCode(202);

        StageCompleted tech = StageEvents.completed(StageEvents.intake(interview.id()), "tech", 80);
        publish(Topics.STAGE_COMPLETED, tech);
        awaitCandidateView(interview, "IN_PROGRESS", "hr");
        StageCompleted hr = StageEvents.completed(tech, "hr", 70);
        publish(Topics.STAGE_COMPLETED, hr);
        awaitCandidateView(interview, "IN_PROGRESS", "boss");
        StageCompleted boss = StageEvents.completed(hr, "boss", 90);
        publish(Topics.STAGE_COMPLETED, boss);
        awaitCandidateView(interview, "SCORING", null);

        InterviewScored scored = StageEvents.scored(boss);
        publish(Topics.SCORED, scored);
        await().atMost(TIMEOUT).until(() -> recruiterView(interview.id()).extract().path("total") != null);
        LetterDrafted offer = StageEvents.offer(scored);
        publish(Topics.LETTERS, offer);
        awaitCandidateView(interview, "AWAITING_DECISION", null)
                .body("$", not(hasKey("total")))
                .body("$", not(hasKey("band")))
                .body("$", not(hasKey("letter")));

        recruiterView(interview.id())
                .body("candidate.name", equalTo("Ada Lovelace"))
                .body("position.title", equalTo("Backend Engineer"))
                .body("language", equalTo("en"))
                .body("plan.stage", equalTo(List.of("tech", "hr", "boss")))
                .body("status", equalTo("AWAITING_DECISION"))
                .body("completedStages", equalTo(List.of("tech", "hr", "boss")))
                .body("questions[0].questionId", equalTo("tech-1"))
                .body("questions[0].answer", equalTo("I built a ledger."))
                .body("stageScores.score", equalTo(List.of(80.0f, 70.0f, 90.0f)))
                .body("total", equalTo((float) scored.total()))
                .body("band", equalTo("HIRE"))
                .body("recommendation", equalTo("hire"))
                .body("letter.kind", equalTo("OFFER"))
                .body("letter.markdown", equalTo(offer.markdown()));

        given().header("X-Recruiter-Key", RECRUITER_KEY)
                .get("/api/recruiter/interviews?status=AWAITING_DECISION")
                .then().statusCode(200)
                .body("interviewId", hasItem(interview.id().toString()));
        given().header("X-Recruiter-Key", RECRUITER_KEY)
                .get("/api/recruiter/interviews?status=IN_PROGRESS")
                .then().statusCode(200)
                .body("interviewId", not(hasItem(interview.id().toString())));
    }

    @Test
    void aStageFlaggedForReviewShowsItsReasonsToTheRecruiter() {
        Registration interview = register();
        List<String> reasons = List.of("The model did not answer in time on hr-2: rated by the rubric brain.",
                "The model's grade of hr-3 cited no quote from the answers.");
        StageCompleted tech = StageEvents.completed(StageEvents.intake(interview.id()), "tech", 80);
        StageCompleted hr = StageEvents.flagged(tech, "hr", 70, reasons);
        publish(Topics.STAGE_COMPLETED, tech);
        publish(Topics.STAGE_COMPLETED, hr);
        awaitCandidateView(interview, "IN_PROGRESS", "boss")
                .body("$", not(hasKey("stageReviews")));

        // shown as soon as the stage completes, before the interview is scored
        recruiterView(interview.id())
                .body("stageReviews.stage", equalTo(List.of("tech", "hr")))
                .body("stageReviews.needsReview", equalTo(List.of(false, true)))
                .body("stageReviews[0].reviewReasons", equalTo(List.of()))
                .body("stageReviews[1].reviewReasons", equalTo(reasons));
        String inList = "find { it.interviewId == '" + interview.id() + "' }";
        given().header("X-Recruiter-Key", RECRUITER_KEY).get("/api/recruiter/interviews?limit=200")
                .then().statusCode(200)
                .body(inList + ".stagesToReview.stage", equalTo(List.of("hr")))
                .body(inList + ".stagesToReview[0].reviewReasons", equalTo(reasons));

        StageCompleted boss = StageEvents.completed(hr, "boss", 90);
        publish(Topics.STAGE_COMPLETED, boss);
        publish(Topics.SCORED, StageEvents.scored(boss));
        await().atMost(TIMEOUT).until(() -> recruiterView(interview.id()).extract().path("total") != null);
        recruiterView(interview.id())
                .body("stageReviews.stage", equalTo(List.of("tech", "hr", "boss")))
                .body("stageReviews[1].reviewReasons", equalTo(reasons));
    }

    @Test
    void aLateStageCompletedNeverMovesTheStatusBack() {
        Registration interview = register();
        StageCompleted tech = StageEvents.completed(StageEvents.intake(interview.id()), "tech", 80);
        StageCompleted hr = StageEvents.completed(tech, "hr", 70);
        StageCompleted boss = StageEvents.completed(hr, "boss", 90);
        publish(Topics.SCORED, StageEvents.scored(boss));
        publish(Topics.LETTERS, StageEvents.offer(StageEvents.scored(boss)));
        awaitCandidateView(interview, "AWAITING_DECISION", null);

        RecordMetadata lateStage = publish(Topics.STAGE_COMPLETED, tech);
        RecordMetadata lateScore = publish(Topics.SCORED, StageEvents.scored(boss));
        awaitHandled(lateStage);
        awaitHandled(lateScore);
        recruiterView(interview.id())
                .body("status", equalTo("AWAITING_DECISION"))
                .body("currentStage", nullValue())
                .body("completedStages", equalTo(List.of("tech")))
                .body("total", equalTo((float) StageEvents.scored(boss).total()));
    }

    @Test
    void theRecruiterApiNeedsTheRecruiterKey() {
        Registration interview = register();
        for (String path : List.of("/api/recruiter/interviews", "/api/recruiter/interviews/" + interview.id())) {
            given().get(path).then().statusCode(401).body("detail", containsString("X-Recruiter-Key"));
            given().header("X-Recruiter-Key", "guess").get(path).then().statusCode(401);
        }
        given().header("X-Recruiter-Key", RECRUITER_KEY).get("/api/recruiter/interviews?status=ARCHIVED")
                .then().statusCode(400).body("detail", containsString("unknown status 'ARCHIVED'"));
        given().header("X-Recruiter-Key", RECRUITER_KEY).get("/api/recruiter/interviews?limit=0")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("limit"))
                .body("violations[0].message", equalTo("must be between 1 and 200"));
        given().header("X-Recruiter-Key", RECRUITER_KEY).get("/api/recruiter/interviews/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("interview not found"));
    }

    private static ValidatableResponse recruiterView(UUID interviewId) {
        return given().header("X-Recruiter-Key", RECRUITER_KEY)
                .get("/api/recruiter/interviews/{id}", interviewId)
                .then().statusCode(200);
    }

    private static ValidatableResponse awaitCandidateView(Registration interview, String status, String currentStage) {
        await().atMost(TIMEOUT).until(() -> {
            Map<String, Object> view = given().header("Authorization", interview.bearer())
                    .get("/api/interviews/{id}", interview.id())
                    .then().statusCode(200).extract().as(Map.class);
            return status.equals(view.get("status")) && Objects.equals(currentStage, view.get("currentStage"));
        });
        return given().header("Authorization", interview.bearer())
                .get("/api/interviews/{id}", interview.id())
                .then().statusCode(200);
    }
}
