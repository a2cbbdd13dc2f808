package io.interviews.interviewer.tech;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A local OpenAI-compatible server (WireMock on a free loopback port) for every test of this module: the services
 * always point at it, so a test can also prove that the rubric brain never calls it.
 */
public class OpenAiStub implements QuarkusTestResourceLifecycleManager {

    public static final String API_KEY = "sk-test-stub";
    public static final String MODEL = "stub-model";
    static final String COMPLETIONS = "/v1/chat/completions";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Injects the running stub into a test's {@code WireMockServer} field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Server {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return Map.of(
                "quarkus.langchain4j.openai.base-url", "http://127.0.0.1:" + server.port() + "/v1/",
                "quarkus.langchain4j.openai.api-key", API_KEY,
                "quarkus.langchain4j.openai.chat-model.model-name", MODEL);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Server.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A chat completion replying {@code content}, with the token usage a real server reports. */
    static ResponseDefinitionBuilder completion(String content, int promptTokens, int completionTokens) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-stub").put("object", "chat.completion").put("created", 1_790_000_000).put("model", MODEL);
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body.toString());
    }

    /** Requests of one AI service, told apart by a phrase of its system prompt. */
    static MappingBuilder task(String systemPhrase) {
        return post(urlPathEqualTo(COMPLETIONS)).withRequestBody(matchingJsonPath("$.messages[0].content", containing(systemPhrase)));
    }

    static final String NOTES = "running notes";
    static final String INTERVIEWER = "You only ask questions";
    static final String GRADER = "You rate one answer";

    /** The parsed request bodies received so far, oldest first. */
    static List<ObjectNode> requests(WireMockServer server, String systemPhrase) {
        List<ObjectNode> newestFirst = server.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .map(request -> {
                    try {
                        return (ObjectNode) JSON.readTree(request.getBodyAsString());
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(body -> body.path("messages").path(0).path("content").asText().contains(systemPhrase))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    static String systemMessage(ObjectNode request) {
        return request.path("messages").path(0).path("content").asText();
    }

    static String userMessage(ObjectNode request) {
        return request.path("messages").path(1).path("content").asText();
    }
}
