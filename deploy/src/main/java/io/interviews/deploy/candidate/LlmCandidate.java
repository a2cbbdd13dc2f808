package io.interviews.deploy.candidate;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A simulated candidate played by a model behind any OpenAI-compatible chat API (OpenAI, vLLM, Ollama, a
 * llama.cpp server), for demos and soak runs beside the canned personas. Used like the canned candidate:
 * {@link #answerTo(String, String)} gives the answer to a question. It remembers its last few exchanges so that
 * follow-up answers are consistent, and never lets one failed call stop a run: it answers with the fallback and
 * counts the failure. The model is LangChain4j's {@link OpenAiChatModel} (one attempt per answer, HTTP/1.1, which
 * every local server speaks).
 */
public final class LlmCandidate {

    /** Exchanges the candidate remembers; the prompt stays bounded however long the interview runs. */
    static final int MEMORY = 6;
    static final int MAX_ANSWER_CHARS = 3000;

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
    private final ChatModel model;
    private final Deque<Turn> memory = new ArrayDeque<>();
    private final AtomicInteger failures = new AtomicInteger();

    public LlmCandidate(CandidatePersona persona, Settings settings, String fallback) {
        this.persona = persona;
        this.settings = settings;
        this.fallback = fallback;
        this.model = OpenAiChatModel.builder()
                .httpClientBuilder(JdkHttpClient.builder()
                        .httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)))
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey() == null || settings.apiKey().isBlank() ? null : settings.apiKey())
                .modelName(settings.model())
                .temperature(settings.temperature())
                .timeout(settings.timeout())
                .maxRetries(0)
                .build();
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
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            System.err.printf("LLM candidate: no answer to %s (%s); answering with the fallback%n", questionId, e.getMessage());
            answer = fallback;
        }
        memory.addLast(new Turn(questionText, answer));
        while (memory.size() > MEMORY) {
            memory.removeFirst();
        }
        return answer;
    }

    private String complete(String question) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(persona.systemPrompt()));
        for (Turn turn : memory) {
            messages.add(UserMessage.from(turn.question()));
            messages.add(AiMessage.from(turn.answer()));
        }
        messages.add(UserMessage.from(question));
        String content = model.chat(messages).aiMessage().text();
        if (content == null || content.isBlank()) {
            throw new IllegalStateException("no message content in the reply");
        }
        return content;
    }

    /** The spoken answer: without a role label a model may put in front, and bounded in length. */
    static String clean(String reply) {
        String answer = reply.strip().replaceFirst("^(?i)(candidate|answer|候选人|回答)\\s*[:：]\\s*", "");
        return answer.length() <= MAX_ANSWER_CHARS ? answer : answer.substring(0, MAX_ANSWER_CHARS);
    }
}
