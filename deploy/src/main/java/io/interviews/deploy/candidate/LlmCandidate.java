package io.interviews.deploy.candidate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated candidate played by a model behind any OpenAI-compatible chat API (OpenAI, vLLM, Ollama, a
 * llama.cpp server), for demos and soak runs beside the canned personas. Used like the canned candidate:
 * {@link #answerTo(String, String)} gives the answer to a question. It remembers its last few exchanges so that
 * follow-up answers are consistent, and never lets one failed call stop a run: it answers with the fallback and
 * counts the failure.
 */
public final class LlmCandidate {

    /** Exchanges the candidate remembers; the prompt stays bounded however long the interview runs. */
    static final int MEMORY = 6;
    static final int MAX_ANSWER_CHARS = 3000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Where the model is and how it is called.
     *
     * @param baseUrl e.g. {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1} (Ollama)
     * @param apiKey  sent as a bearer token; blank for servers without authentication
     */
    public record Settings(String baseUrl, String model, String apiKey, double temperature, Duration timeout) {
    }

    private record Turn(String question, String answer) {
    }

    private final CandidatePersona persona;
    private final Settings settings;
    private final String fallback;
    private final HttpClient http;
    private final Deque<Turn> memory = new ArrayDeque<>();
    private final AtomicInteger failures = new AtomicInteger();

    public LlmCandidate(CandidatePersona persona, Settings settings, String fallback) {
        this.persona = persona;
        this.settings = settings;
        this.fallback = fallback;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).version(HttpClient.Version.HTTP_1_1).build();
    }

    public CandidatePersona persona() {
        return persona;
    }

    /** Calls that failed so far (each answered with the fallback). */
    public int failures() {
        return failures.get();
    }

    /** The candidate's answer to the question the interview shows ({@code questionId} is for the log only). */
    public synchronized String answerTo(String questionId, String questionText) {
        String answer;
        try {
            answer = clean(complete(questionText));
        } catch (IOException | RuntimeException e) {
            failures.incrementAndGet();
            System.err.printf("LLM candidate: no answer to %s (%s); answering with the fallback%n", questionId, e.getMessage());
            answer = fallback;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while answering " + questionId, e);
        }
        memory.addLast(new Turn(questionText, answer));
        while (memory.size() > MEMORY) {
            memory.removeFirst();
        }
        return answer;
    }

    private String complete(String question) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", settings.model());
        body.put("temperature", settings.temperature());
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", persona.systemPrompt());
        for (Turn turn : memory) {
            messages.addObject().put("role", "user").put("content", turn.question());
            messages.addObject().put("role", "assistant").put("content", turn.answer());
        }
        messages.addObject().put("role", "user").put("content", question);

        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(completionsUrl()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode() + " from " + completionsUrl());
        }
        JsonNode content = JSON.readTree(response.body()).path("choices").path(0).path("message").path("content");
        if (!content.isTextual() || content.asText().isBlank()) {
            throw new IOException("no message content in the reply");
        }
        return content.asText();
    }

    private String completionsUrl() {
        String base = settings.baseUrl().endsWith("/") ? settings.baseUrl() : settings.baseUrl() + "/";
        return base + "chat/completions";
    }

    /** The spoken answer: without a role label a model may put in front, and bounded in length. */
    static String clean(String reply) {
        String answer = reply.strip().replaceFirst("^(?i)(candidate|answer|候选人|回答)\\s*[:：]\\s*", "");
        return answer.length() <= MAX_ANSWER_CHARS ? answer : answer.substring(0, MAX_ANSWER_CHARS);
    }
}
