package io.interviews.deploy.candidate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model-played candidate against a local OpenAI-compatible stub: what it sends and what it answers. */
class LlmCandidateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private WireMockServer server;

    @BeforeEach
    void startStub() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop();
    }

    private LlmCandidate candidate(String persona, String language) {
        return new LlmCandidate(new CandidatePersona(persona, language),
                new LlmCandidate.Settings("http://127.0.0.1:" + server.port() + "/v1", "llama3", "sk-local", 0.7,
                        Duration.ofSeconds(5)), "I'm not sure, sorry.");
    }

    private void replies(String content) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("choices").addObject().putObject("message").put("role", "assistant").put("content", content);
        server.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body.toString())));
    }

    private List<JsonNode> sentMessages() throws Exception {
        var requests = server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")));
        JsonNode last = JSON.readTree(requests.get(requests.size() - 1).getBodyAsString());
        return JSON.convertValue(last.path("messages"), JSON.getTypeFactory().constructCollectionType(List.class, JsonNode.class));
    }

    @Test
    void asksTheModelInThePersonasVoiceAndReturnsTheSpokenAnswer() throws Exception {
        replies("Candidate: I led the payment notification rewrite, about 3,000 requests per second at peak.");

        String answer = candidate("strong", "en").answerTo("tech-1", "Walk me through a recent project.");

        assertEquals("I led the payment notification rewrite, about 3,000 requests per second at peak.", answer);
        List<JsonNode> messages = sentMessages();
        assertEquals("system", messages.get(0).path("role").asText());
        assertTrue(messages.get(0).path("content").asText().contains("eight years of experience"));
        assertEquals("Walk me through a recent project.", messages.get(1).path("content").asText());
        server.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer sk-local")));
        JsonNode request = JSON.readTree(server.getAllServeEvents().get(0).getRequest().getBodyAsString());
        assertEquals("llama3", request.path("model").asText());
        assertEquals(0.7, request.path("temperature").asDouble());
    }

    @Test
    void remembersTheLastExchangesButNoMore() throws Exception {
        replies("Short answer.");
        LlmCandidate candidate = candidate("weak", "en");

        for (int i = 1; i <= LlmCandidate.MEMORY + 3; i++) {
            candidate.answerTo("tech-" + i, "Question " + i + "?");
        }

        List<JsonNode> messages = sentMessages();
        assertEquals(1 + 2 * LlmCandidate.MEMORY + 1, messages.size(), "system, remembered pairs, the new question");
        assertEquals("Question 3?", messages.get(1).path("content").asText());
        assertEquals("Question 9?", messages.get(messages.size() - 1).path("content").asText());
    }

    @Test
    void chinesePersonaAnswersInChinese() throws Exception {
        replies("我主导了支付通知服务的重构。");

        assertEquals("我主导了支付通知服务的重构。", candidate("strong", "zh").answerTo("tech-1", "请介绍一个项目。"));
        assertTrue(sentMessages().get(0).path("content").asText().contains("简体中文"));
    }

    @Test
    void aFailedCallIsAnsweredWithTheFallbackAndCounted() {
        server.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(503)));
        LlmCandidate candidate = candidate("strong", "en");

        assertEquals("I'm not sure, sorry.", candidate.answerTo("tech-1", "Walk me through a recent project."));
        assertEquals(1, candidate.failures());
    }

    @Test
    void unknownPersonaIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CandidatePersona("average", "en"));
    }
}
