package io.interviews.interviewer.tech;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.interviews.events.DimensionRating;
import io.interviews.events.Exchange;
import io.interviews.events.Language;
import io.interviews.events.QuestionAsked;
import io.interviews.events.RescoreRequested;
import io.interviews.events.StageCompleted;
import io.interviews.events.StageRegraded;
import io.interviews.events.StageResult;
import io.interviews.events.Topics;
import io.interviews.stage.repository.ModelCallRecord;
import io.interviews.stage.repository.StageSession;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.Sentences;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.StageDriver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static io.interviews.interviewer.tech.OpenAiStub.GRADER;
import static io.interviews.interviewer.tech.OpenAiStub.INTERVIEWER;
import static io.interviews.interviewer.tech.OpenAiStub.NOTES;
import static io.interviews.interviewer.tech.OpenAiStub.completion;
import static io.interviews.interviewer.tech.OpenAiStub.task;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tech stage over the real broker with the openai brain against the local stub, and a regrade of it. */
@QuarkusTest
@TestProfile(OpenAiBrainProfile.class)
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(OpenAiStub.class)
class OpenAiStageInterviewTest {

    private static final String PHRASED = "Let us move on: could you tell me about the next topic?";
    private static final List<String> MAIN_QUESTIONS = List.of("tech-1", "tech-2", "tech-3", "tech-4", "tech-5", "tech-6");

    @OpenAiStub.Server
    WireMockServer stub;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    private final StageDriver driver = new StageDriver();

    @BeforeEach
    void resetStubAndCircuit() {
        stub.resetAll();
        circuitBreakers.resetAll();
    }

    @Test
    void modelPhrasesTheQuestionsGradesEveryAnswerAndTheCodeRunIsEvidence() {
        stubModel(4);
        UUID interviewId = UUID.randomUUID();
        StageResult result = interview(interviewId);

        assertEquals(MAIN_QUESTIONS, result.transcript().stream().map(Exchange::questionId).toList());
        assertFalse(result.needsReview(), result.dimensions().toString());
        assertEquals(85.0, result.score(), "4 on every dimension is 85 points: HIRE");
        for (DimensionRating rating : result.dimensions()) {
            assertEquals(4, rating.rating(), rating.rationale());
            assertTrue(rating.trusted());
            assertTrue(rating.rationale().contains("Grading calls:"), rating.rationale());
        }
        DimensionRating depth = result.dimensions().get(0);
        assertEquals("technical-depth", depth.dimension());
        assertTrue(depth.rationale().contains("Code run for tech-6: python: exit 0"), depth.rationale());
        List<ModelCallRecord> calls = QuarkusTransaction.requiringNew().call(() ->
                ModelCallRecord.ofSession(StageSession.find(interviewId, "tech").orElseThrow().id));
        assertEquals(6, calls.stream().filter(call -> call.task.equals("grading") && call.inputTokens == 900).count());
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("interview_stage_model_tokens_total{stage=\"tech\",task=\"grading\",type=\"input\"}"));
    }

    @Test
    void aRegradeHasTheModelGradeEveryQuestionAgainInsteadOfReusingTheStoredGrades() {
        stubModel(4);
        UUID interviewId = UUID.randomUUID();
        assertEquals(85.0, interview(interviewId).score());
        TechStageRescoreTest.SessionSnapshot before = TechStageRescoreTest.SessionSnapshot.of(interviewId);
        assertEquals(MAIN_QUESTIONS, List.copyOf(before.gradeJudgements().keySet()), "the live grades are stored");

        stub.resetAll();
        stubModel(2); // the model now rates every answer 2, where the stored grades say 4
        RescoreRequested request = RescoreRequested.of(interviewId, UUID.randomUUID());
        driver.publish(Topics.RESCORES, request);
        StageRegraded regraded = TechStageRescoreTest.awaitRegraded(interviewId, request.rescoreId());

        assertEquals("openai", regraded.brain());
        assertEquals(ModelStates.EN.rubricVersion(), regraded.rubricVersion());
        assertEquals(45.0, regraded.score(), "2 on every dimension is 45 points");
        for (DimensionRating rating : regraded.dimensions()) {
            assertEquals(2, rating.rating(), rating.rationale());
            assertTrue(rating.trusted());
        }
        assertEquals(MAIN_QUESTIONS.size(), OpenAiStub.requests(stub, GRADER).size(), "one grading per main question");
        assertEquals(0, OpenAiStub.requests(stub, INTERVIEWER).size() + OpenAiStub.requests(stub, NOTES).size());
        assertTrue(regraded.dimensions().get(0).rationale().contains("Code run for tech-6: python: exit 0"),
                "the stored code run is still evidence: " + regraded.dimensions().get(0).rationale());
        assertEquals(before, TechStageRescoreTest.SessionSnapshot.of(interviewId),
                "the live session, grades and model calls stay as they were");
    }

    @Test
    void aModelThatTimesOutLeavesTheBankInChargeAndTheConsumerHealthy() {
        stub.stubFor(task(NOTES).willReturn(completion("- notes", 10, 2).withFixedDelay(4_000)));
        stub.stubFor(task(INTERVIEWER).willReturn(completion(ModelStates.question(false, PHRASED), 10, 2).withFixedDelay(4_000)));
        stub.stubFor(task(GRADER).willReturn(completion("{}", 10, 2).withFixedDelay(4_000)));
        UUID interviewId = UUID.randomUUID();
        driver.publish(Topics.STAGE_COMPLETED, StageCompleted.intake(interviewId, StageDriver.context(Language.EN, "tech", "hr")));

        driver.answer(driver.awaitQuestion(interviewId, "tech-1"), TechStageInterviewTest.ANSWERS.get("tech-1"));
        QuestionAsked second = driver.awaitQuestion(interviewId, "tech-2");
        driver.answer(second, TechStageInterviewTest.ANSWERS.get("tech-2"));
        QuestionAsked third = driver.awaitNextQuestion(second);

        assertEquals(ModelStates.EN.questions().get(1).text(), second.text(), "the bank's question, not the model's");
        // the rubric brain decides whether tech-2 gets a follow-up; either way the bank words it
        if (third.followUp()) {
            assertNotEquals(PHRASED, third.text());
        } else {
            assertEquals(ModelStates.EN.questions().get(2).text(), third.text());
        }
        List<ModelCallRecord> calls = QuarkusTransaction.requiringNew().call(() ->
                ModelCallRecord.ofSession(StageSession.find(interviewId, "tech").orElseThrow().id));
        assertTrue(calls.stream().anyMatch(call -> call.outcome.equals("timeout")), "calls: " + calls.size());
        assertTrue(calls.stream().allMatch(call -> call.millis < 3_500), "no call waits past its timeout: "
                + calls.stream().map(call -> call.task + " " + call.outcome + " " + call.millis + " ms").toList());
        given().get("/q/health/ready").then().statusCode(200);
    }

    /** Notes, model-phrased questions, and every main question graded {@code rating} citing its first sentence. */
    private void stubModel(int rating) {
        stub.stubFor(task(NOTES).willReturn(completion("- payment notifications, Kafka, p99", 300, 40)));
        stub.stubFor(task(INTERVIEWER).willReturn(completion(ModelStates.question(false, PHRASED), 700, 30)));
        for (String questionId : MAIN_QUESTIONS) {
            Question question = ModelStates.EN.question(questionId).orElseThrow();
            String firstSentence = Sentences.of(TechStageInterviewTest.ANSWERS.get(questionId)).get(0);
            stub.stubFor(task(GRADER)
                    .withRequestBody(matchingJsonPath("$.messages[1].content", containing(question.text().substring(0, 40))))
                    .willReturn(completion(ModelStates.grading(ModelStates.dimensionsOf(ModelStates.EN, questionId), rating,
                            firstSentence), 900, 120)));
        }
    }

    /** Answers every main question with {@link TechStageInterviewTest#ANSWERS}; the model phrases all but the first. */
    private StageResult interview(UUID interviewId) {
        driver.publish(Topics.STAGE_COMPLETED, StageCompleted.intake(interviewId, StageDriver.context(Language.EN, "tech", "hr")));
        for (String questionId : MAIN_QUESTIONS) {
            QuestionAsked question = driver.awaitQuestion(interviewId, questionId);
            assertEquals(questionId.equals("tech-1") ? ModelStates.EN.questions().get(0).text() : PHRASED, question.text());
            driver.answer(question, TechStageInterviewTest.ANSWERS.get(questionId));
        }
        return driver.awaitStageCompleted(interviewId, "tech").results().get(0);
    }
}
