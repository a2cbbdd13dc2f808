package io.interviews.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * An OpenAI-compatible chat model on a loopback port (WireMock), for running the stages' {@code openai} brain under
 * load without a real model. It answers each of the brain's three tasks, told apart by their system prompts, the way
 * a cooperative but verbose model would: it keeps notes that only ever grow, a whole answer a line (it never condenses
 * them, so only the brain's own bound keeps its prompts from growing with the interview), follows up after every main
 * answer (so an interview has about twice as many turns as planned questions), phrases the planned questions, and
 * grades every dimension the rubric lists, quoting the candidate. Its replies cost it no time, so what the bench
 * measures is the platform's.
 * <p>
 * The token counts it reports are estimates from the request's text: a CJK character a token, otherwise four
 * characters a token (the usual rule of thumb for English). They are what the stages record per call.
 */
final class SimulatedModel implements AutoCloseable {

    static final String API_KEY = "sk-bench-simulated";
    static final String MODEL = "bench-simulated";
    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Phrases of the three system prompts of stage-kit's AI services (InterviewNotes, InterviewerVoice, AnswerGrader). */
    private static final String NOTES_TASK = "running notes";
    private static final String INTERVIEWER_TASK = "You only ask questions";
    private static final String GRADER_TASK = "You rate one answer";

    private static final Pattern NOTES = Pattern.compile("<notes>\\n?(.*?)\\n?</notes>", Pattern.DOTALL);
    private static final Pattern ANSWER = Pattern.compile("<candidate_answer>\\n(.*?)\\n</candidate_answer>", Pattern.DOTALL);
    private static final Pattern ANSWERS = Pattern.compile("<candidate_answers>\\n(.*?)\\n</candidate_answers>", Pattern.DOTALL);
    private static final Pattern PLANNED = Pattern.compile("keeping its meaning: (.*)$", Pattern.DOTALL);
    private static final Pattern DIMENSION = Pattern.compile("^- dimension \"([^\"]+)\"", Pattern.MULTILINE);
    private static final int QUOTE_CHARS = 40;

    private final WireMockServer server;

    private SimulatedModel() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").disableRequestJournal()
                .extensions(new Replies()));
    }

    /** Starts the model on a free loopback port. */
    static SimulatedModel start() {
        SimulatedModel model = new SimulatedModel();
        model.server.start();
        model.server.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(200)));
        return model;
    }

    /** What an OpenAI client is configured with ({@code quarkus.langchain4j.openai.base-url}). */
    String baseUrl() {
        return "http://127.0.0.1:" + server.port() + "/v1/";
    }

    /** Answers every chat completion request with {@link SimulatedModel#reply} and its estimated token usage. */
    private static final class Replies implements ResponseDefinitionTransformerV2 {

        @Override
        public String getName() {
            return "simulated-model";
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            try {
                JsonNode request = JSON.readTree(serveEvent.getRequest().getBodyAsString());
                String system = message(request, "system");
                String user = message(request, "user");
                String reply = reply(system, user);
                int promptTokens = 0;
                for (JsonNode message : request.path("messages")) {
                    promptTokens += tokens(message.path("content").asText());
                }
                return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(completion(reply, promptTokens, tokens(reply)).toString()).build();
            } catch (JsonProcessingException | RuntimeException e) {
                return aResponse().withStatus(400).withBody("simulated model: " + e.getMessage()).build();
            }
        }
    }

    /** The reply a cooperative model would give to one of the brain's tasks. */
    static String reply(String system, String user) throws JsonProcessingException {
        boolean chinese = system.contains("Chinese");
        if (system.contains(NOTES_TASK)) {
            String notes = group(NOTES, user).strip();
            String line = "- " + answer(user).replaceAll("\\s+", " ").strip();
            return notes.isEmpty() ? line : notes + "\n" + line;
        }
        if (system.contains(INTERVIEWER_TASK)) {
            ObjectNode reply = JSON.createObjectNode();
            Matcher planned = PLANNED.matcher(user);
            boolean afterMainAnswer = user.contains("<candidate_answer>");
            if (afterMainAnswer) {
                reply.put("followUp", true).put("question", chinese ? "能具体说说你是怎么做到的，结果如何衡量吗？"
                        : "Could you say more about how you did that, and how you measured the result?");
            } else if (planned.find()) {
                reply.put("followUp", false).put("question", asQuestion(planned.group(1).strip(), chinese));
            } else {
                reply.put("followUp", false).put("question", "");
            }
            return JSON.writeValueAsString(reply);
        }
        if (system.contains(GRADER_TASK)) {
            return grading(user);
        }
        throw new IllegalArgumentException("not one of the interview brain's tasks");
    }

    /** Every dimension the rubric lists, rated by how much the candidate said, with a quote of the first answer. */
    private static String grading(String user) throws JsonProcessingException {
        List<String> answers = new ArrayList<>();
        JSON.readTree(group(ANSWERS, user)).forEach(answer -> answers.add(answer.asText()));
        String first = answers.isEmpty() ? "" : answers.get(0).strip();
        int words = String.join(" ", answers).split("\\s+").length + (int) String.join("", answers).codePoints()
                .filter(SimulatedModel::isCjk).count() / 2;
        int rating = first.isEmpty() ? 1 : words < 40 ? 2 : words < 100 ? 3 : 4;
        ObjectNode reply = JSON.createObjectNode();
        ArrayNode ratings = reply.putArray("ratings");
        Matcher dimension = DIMENSION.matcher(user);
        while (dimension.find()) {
            ObjectNode entry = ratings.addObject().put("dimension", dimension.group(1)).put("rating", rating);
            ArrayNode evidence = entry.putArray("evidence");
            if (rating > 1) {
                evidence.add(firstChars(first, QUOTE_CHARS).strip());
            }
            entry.put("rationale", "Rated by the length and substance of the answer.");
        }
        return JSON.writeValueAsString(reply);
    }

    private static String answer(String user) throws JsonProcessingException {
        return JSON.readTree(group(ANSWER, user)).asText();
    }

    private static String asQuestion(String planned, boolean chinese) {
        if (planned.contains("?") || planned.contains("？")) {
            return planned;
        }
        String sentence = planned.replaceAll("[.。]+$", "");
        return chinese ? "请谈谈：" + sentence + "？" : "Could you tell me: " + sentence + "?";
    }

    private static ObjectNode completion(String content, int promptTokens, int completionTokens) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-bench").put("object", "chat.completion").put("created", System.currentTimeMillis() / 1000)
                .put("model", MODEL);
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return body;
    }

    /** The estimated token count of a text: a CJK character a token, other characters four to a token. */
    static int tokens(String text) {
        long cjk = text.codePoints().filter(SimulatedModel::isCjk).count();
        long other = text.codePointCount(0, text.length()) - cjk;
        return (int) (cjk + (other + 3) / 4);
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }

    private static String message(JsonNode request, String role) {
        for (JsonNode message : request.path("messages")) {
            if (role.equals(message.path("role").asText())) {
                return message.path("content").asText();
            }
        }
        return "";
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no match for " + pattern.pattern());
        }
        return matcher.group(1);
    }

    /** At most {@code max} characters of {@code text}, never cutting a surrogate pair. */
    private static String firstChars(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    @Override
    public void close() {
        server.stop();
    }
}
