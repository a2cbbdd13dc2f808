package io.interviews.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.interviews.events.Exchange;
import io.interviews.events.Language;
import io.interviews.events.RatingScale;
import io.interviews.stage.ai.GradingPrompt;
import io.interviews.stage.rubric.AnswerEmbeddings;
import io.interviews.stage.rubric.AnswerRater;
import io.interviews.stage.rubric.QuestionBank;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.Scorecard;
import io.interviews.stage.rubric.StageBank;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code run --brain openai} against a local OpenAI-compatible stub (WireMock on 127.0.0.1): what is sent, and how
 * the replies count. Ten English answers to tech-1 of the test split (labels 1–5), and for the stage interviews one
 * English answer to every main question of every stage.
 */
class ModelGradingTest {

    private static final String MODEL = "stub-model";
    private static final String API_KEY = "sk-test-stub";
    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final String FABRICATED = "We migrated the whole platform to Rust over a single weekend.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static WireMockServer stub;
    private static Map<String, RubricInterviewer> interviewers;
    private static List<LabelledAnswer> tenAnswers;
    private static List<LabelledAnswer> oneInterview;
    /** Every dimension of every stage: a reply rating them all suits any question (the others are ignored). */
    private static List<String> allDimensions;

    @BeforeAll
    static void startTheStubAndLoadTheSet() {
        stub = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        stub.start();
        List<StageBank> stages = EvalCommand.shippedStages();
        interviewers = EvalCommand.interviewers(stages, new AnswerRater(AnswerEmbeddings::shared));
        List<LabelledAnswer> english = EvalSet.load(stages).stream()
                .filter(answer -> answer.split() == LabelledAnswer.Split.TEST && answer.language() == Language.EN)
                .sorted(Comparator.comparing(LabelledAnswer::id)).toList();
        tenAnswers = english.stream().filter(answer -> answer.questionId().equals("tech-1")).limit(10).toList();
        oneInterview = english.stream().collect(Collectors.groupingBy(LabelledAnswer::questionId)).values().stream()
                .map(answers -> answers.get(0)).toList();
        allDimensions = stages.stream().flatMap(stage -> stage.bank(Language.EN).dimensions().stream())
                .map(dimension -> dimension.id()).toList();
    }

    @AfterAll
    static void stopTheStub() {
        stub.stop();
    }

    @BeforeEach
    void resetTheStub() {
        stub.resetAll();
    }

    private static ModelJudge judge() {
        return new ModelJudge(interviewers, "http://127.0.0.1:" + stub.port() + "/v1", MODEL, API_KEY, Duration.ofSeconds(5));
    }

    @Test
    void sendsEachAnswerWithTheStageServicesGradingPrompt() {
        LabelledAnswer answer = tenAnswers.get(0);
        stub.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(completion(grading(answer.labels(), quote(answer)))));

        judge().rate(answer);

        JsonNode request = onlyRequest();
        assertEquals(GradingPrompt.systemMessage(), request.path("messages").path(0).path("content").asText());
        assertEquals(userMessage(answer), request.path("messages").path(1).path("content").asText());
        assertEquals(2, request.path("messages").size());
        assertEquals(MODEL, request.path("model").asText());
        assertEquals(0.0, request.path("temperature").asDouble());
        stub.verify(postRequestedFor(urlPathEqualTo(COMPLETIONS)).withHeader("Authorization", equalTo("Bearer " + API_KEY)));
    }

    @Test
    void aModelThatQuotesEachAnswerAndGivesItsLabelsAgreesPerfectly() {
        for (LabelledAnswer answer : tenAnswers) {
            stub.stubFor(post(urlPathEqualTo(COMPLETIONS))
                    .withRequestBody(matchingJsonPath("$.messages[1].content", equalTo(userMessage(answer))))
                    .willReturn(completion(grading(answer.labels(), quote(answer)))));
        }

        Report report = Evaluation.run(judge(), tenAnswers, 1, 1);

        Report.StageLanguage techEnglish = report.stages().get(0);
        assertEquals(1, report.stages().size());
        assertEquals(Map.of("engineering-practice", 1.0, "system-design", 1.0), techEnglish.spearmanByDimension());
        assertEquals(0.0, techEnglish.ratingMae());
        assertEquals(new Report.ModelGrading(MODEL, 10, 10, 0, 0, 0, 0, 0, 10, 5000, 400), report.modelGrading());
    }

    @Test
    void aFabricatedQuoteIsNotTrustedTheRubricRatingStandsInAndTheStageGoesToReview() {
        stub.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(completion(grading(allDimensions, 4, FABRICATED))));
        ModelJudge judge = judge();

        Report report = Evaluation.run(judge, oneInterview, 1, 1);

        assertEquals(new Report.ModelGrading(MODEL, 18, 0, 18, 0, 0, 3, 1.0, 18, 9000, 720), report.modelGrading());
        assertEquals(1.0, report.reviewRate(), "the one whole interview goes to review");
        RubricJudge rubric = new RubricJudge(interviewers);
        for (LabelledAnswer answer : oneInterview) {
            assertEquals(rounded(rubric.rate(answer), answer), judge.rate(answer), answer.id());
        }
    }

    @Test
    void aServerErrorOrAResetConnectionCountsAsUnavailableAndTheRunCompletes() {
        stub.stubFor(post(urlPathEqualTo(COMPLETIONS)).atPriority(2)
                .willReturn(aResponse().withStatus(500).withBody("{\"error\": {\"message\": \"overloaded\"}}")));
        stub.stubFor(post(urlPathEqualTo(COMPLETIONS)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.messages[1].content", equalTo(userMessage(tenAnswers.get(0)))))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        ModelJudge judge = judge();

        Report report = Evaluation.run(judge, tenAnswers, 1, 1);

        assertEquals(new Report.ModelGrading(MODEL, 10, 0, 0, 0, 10, 0, 0, 10, 0, 0), report.modelGrading(),
                "one call each, no retry of a failed call");
        assertEquals(10, report.stages().get(0).answers());
        RubricJudge rubric = new RubricJudge(interviewers);
        tenAnswers.forEach(answer -> assertEquals(rounded(rubric.rate(answer), answer), judge.rate(answer)));
    }

    @Test
    void anUnreadableReplyIsAskedOnceMoreThenCountedUnparseable() {
        stub.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(completion("Sure! I would give this answer a solid five.")));

        Report report = Evaluation.run(judge(), tenAnswers, 1, 1);

        assertEquals(new Report.ModelGrading(MODEL, 10, 0, 0, 10, 0, 0, 0, 20, 10000, 800), report.modelGrading());
    }

    @Test
    void aRecordedStageIsGradedOncePerMainQuestionWithItsFollowUpAnswerAsTheServiceGradesIt() {
        List<LabelledAnswer> hr = oneInterview.stream().filter(answer -> answer.stage().equals("hr"))
                .sorted(Comparator.comparing(LabelledAnswer::questionId)).toList();
        String followUpAnswer = "We wrote the retro notes together and I kept the action items.";
        QuestionBank bank = interviewers.get("hr").stageBank().bank(Language.EN);
        List<Exchange> transcript = new java.util.ArrayList<>();
        for (LabelledAnswer answer : hr) {
            String followUpId = bank.question(answer.questionId()).orElseThrow().followUpId();
            transcript.add(new Exchange(answer.questionId(), "", false, answer.text(), Instant.EPOCH));
            transcript.add(new Exchange(followUpId, "", true, followUpAnswer, Instant.EPOCH));
        }
        stub.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(completion(grading(allDimensions, 4, followUpAnswer))));

        Scorecard card = judge().scorecard("hr", Language.EN, transcript);

        assertEquals(hr.size(), stub.getAllServeEvents().size(), "one grading call per main question");
        Set<String> sent = stub.getAllServeEvents().stream().map(event -> read(event.getRequest().getBodyAsString())
                .path("messages").path(1).path("content").asText()).collect(Collectors.toSet());
        assertEquals(hr.stream().map(answer -> GradingPrompt.of(Language.EN, bank,
                bank.question(answer.questionId()).orElseThrow(), List.of(answer.text(), followUpAnswer), List.of(),
                ModelJudge.ANSWER_MAX_CHARS).userMessage()).collect(Collectors.toSet()), sent);
        assertTrue(card.ratings().stream().allMatch(rating -> rating.rating() == 4 && rating.trusted()
                && rating.brain().equals("openai")), card.ratings().toString());
        assertEquals(RatingScale.points(4), card.score());
        assertEquals(List.of(), card.reviewReasons());
    }

    /** What the stage service sends to grade this answer as the only answer to its question. */
    private static String userMessage(LabelledAnswer answer) {
        QuestionBank bank = interviewers.get(answer.stage()).stageBank().bank(answer.language());
        return GradingPrompt.of(answer.language(), bank, bank.question(answer.questionId()).orElseThrow(),
                List.of(answer.text()), List.of(), ModelJudge.ANSWER_MAX_CHARS).userMessage();
    }

    /** The rubric brain's ratings as the service shows them in a model's stead: rounded, for the labelled dimensions. */
    private static Map<String, Double> rounded(Map<String, Double> ratings, LabelledAnswer answer) {
        return answer.labels().keySet().stream().collect(Collectors.toMap(dimension -> dimension,
                dimension -> (double) Math.round(Objects.requireNonNull(ratings.get(dimension)))));
    }

    /** A verbatim piece of the answer, long enough to count as evidence. */
    private static String quote(LabelledAnswer answer) {
        return answer.text().substring(0, Math.min(60, answer.text().length()));
    }

    private JsonNode onlyRequest() {
        assertEquals(1, stub.getAllServeEvents().size());
        return read(stub.getAllServeEvents().get(0).getRequest().getBodyAsString());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String grading(Map<String, Integer> ratings, String quote) {
        ObjectNode reply = JSON.createObjectNode();
        ArrayNode list = reply.putArray("ratings");
        ratings.forEach((dimension, rating) -> {
            ObjectNode item = list.addObject().put("dimension", dimension).put("rating", rating);
            item.putArray("evidence").add(quote);
            item.put("rationale", "Cited from the answer.");
        });
        return reply.toString();
    }

    private static String grading(List<String> dimensions, int rating, String quote) {
        return grading(dimensions.stream().collect(Collectors.toMap(dimension -> dimension, dimension -> rating)), quote);
    }

    /** A chat completion in OpenAI's format, with the token usage a real server reports (500 in, 40 out). */
    private static ResponseDefinitionBuilder completion(String content) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-stub").put("object", "chat.completion").put("created", 1_790_000_000).put("model", MODEL);
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", 500).put("completion_tokens", 40).put("total_tokens", 540);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString());
    }
}
