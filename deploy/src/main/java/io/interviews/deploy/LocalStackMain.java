package io.interviews.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.candidate.CandidatePersona;
import io.interviews.deploy.candidate.LlmCandidate;
import io.interviews.deploy.ops.DeadLetters;
import io.interviews.deploy.ops.TopicTimeline;
import io.interviews.deploy.stack.InterviewClient;
import io.interviews.deploy.stack.LocalStack;
import io.interviews.deploy.stack.ServiceSpec;
import io.interviews.deploy.stack.SimulatedCandidate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.BinaryOperator;

/**
 * {@code demo}: starts the local stack, runs one interview with a simulated candidate and prints the
 * transcript in brief, the scorecard and the letter, then stops everything.
 * {@code up}: starts the local stack and keeps it running until Ctrl-C.
 */
public final class LocalStackMain {

    private static final String USAGE = """
            usage: java -jar deploy/target/deploy-0.1.0-SNAPSHOT.jar <command> [options]
              demo [--persona strong|weak] [--language en|zh]   one full interview, then stop
                   --persona llm-strong|llm-weak --llm-base-url URL --llm-model NAME [--llm-temperature 0.7]
                                                    a candidate played by any OpenAI-compatible model
                                                    (key from OPENAI_API_KEY)
              up                                                 run the stack until Ctrl-C
              timeline --bootstrap-servers HOST:PORT [--interview ID]   all topics as one timeline
              dead-letters --bootstrap-servers HOST:PORT                 dead letters with their reasons
              republish --bootstrap-servers HOST:PORT --id PARTITION:OFFSET   a dead letter back to its topic
            options: --project-root DIR (default: current directory)
            env: INTERVIEW_DB_URL / INTERVIEW_DB_USER / INTERVIEW_DB_PASSWORD use that PostgreSQL instead of an embedded one
            """;
    private static final Duration INTERVIEW_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration OPS_TIMEOUT = Duration.ofSeconds(30);
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private LocalStackMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String command = options.getOrDefault("command", "demo");
        Path root = Path.of(options.getOrDefault("project-root", ".")).toAbsolutePath().normalize();
        switch (command) {
            case "demo" -> demo(root, options.getOrDefault("persona", "strong"), options.getOrDefault("language", "en"),
                    options);
            case "up" -> up(root);
            case "timeline" -> TopicTimeline.read(required(options, "bootstrap-servers"),
                            Optional.ofNullable(options.get("interview")), OPS_TIMEOUT)
                    .forEach(entry -> OUT.println(entry.format()));
            case "dead-letters" -> {
                List<DeadLetters.DeadLetter> deadLetters = DeadLetters.list(required(options, "bootstrap-servers"), OPS_TIMEOUT);
                OUT.println(deadLetters.size() + " dead letter(s)");
                deadLetters.forEach(deadLetter -> OUT.println(deadLetter.format()));
            }
            case "republish" -> {
                DeadLetters.DeadLetter republished = DeadLetters.republish(required(options, "bootstrap-servers"),
                        required(options, "id"), OPS_TIMEOUT);
                OUT.println("Republished " + republished.id() + " to " + republished.originalTopic());
            }
            default -> {
                System.err.print(USAGE);
                System.exit(2);
            }
        }
    }

    private static void demo(Path root, String persona, String language, Map<String, String> options)
            throws IOException {
        BinaryOperator<String> candidate = candidate(persona, language, options);
        long started = System.nanoTime();
        OUT.println("Starting Kafka, PostgreSQL and 6 services (logs in deploy/target/local-stack/logs) ...");
        try (LocalStack stack = startStack(root)) {
            OUT.printf("Stack ready in %.1f s; gateway at %s%n%n", seconds(started), stack.gatewayUrl());
            InterviewClient client = new InterviewClient(stack.gatewayUrl());
            InterviewClient.Registration interview = client.apply(application(persona, language));
            OUT.printf("Interview %s: simulated candidate '%s' (%s)%n", interview.interviewId(), persona, language);
            SimulatedCandidate.takeInterview(client, interview, INTERVIEW_TIMEOUT, candidate, exchange -> OUT.printf(
                    "  [%s] %s %s%n         -> %s%n", exchange.stage(),
                    exchange.followUp() ? "follow-up:" : "Q:", brief(exchange.question(), 110),
                    brief(exchange.answer(), 110)));
            SimulatedCandidate.awaitStatus(client, interview, "AWAITING_DECISION", INTERVIEW_TIMEOUT);
            printOutcome(new ObjectMapper().readTree(client.recruiterView(interview.interviewId(), stack.recruiterKey())));
            OUT.printf("%nTimeline of interview %s on the topics (the timeline command):%n", interview.interviewId());
            TopicTimeline.read(stack.kafkaBootstrapServers(), Optional.of(interview.interviewId()), OPS_TIMEOUT)
                    .forEach(entry -> OUT.println("  " + entry.format()));
            OUT.printf("%nDone in %.1f s. Stopping the stack.%n", seconds(started));
        }
    }

    /** The canned persona's answer book, or for {@code llm-<persona>} a model answering in that persona. */
    private static BinaryOperator<String> candidate(String persona, String language, Map<String, String> options) {
        if (!persona.startsWith("llm-")) {
            SimulatedCandidate canned = new SimulatedCandidate(persona, language);
            return (questionId, questionText) -> canned.answerTo(questionId);
        }
        LlmCandidate.Settings settings = new LlmCandidate.Settings(required(options, "llm-base-url"),
                required(options, "llm-model"), System.getenv().getOrDefault("OPENAI_API_KEY", ""),
                Double.parseDouble(options.getOrDefault("llm-temperature", "0.7")), Duration.ofSeconds(60));
        LlmCandidate llm = new LlmCandidate(new CandidatePersona(persona.substring(4), language), settings,
                "I'm not sure, sorry.");
        return llm::answerTo;
    }

    private static void up(Path root) throws InterruptedException {
        LocalStack stack = startStack(root);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "local-stack-stop"));
        OUT.printf("Gateway: %s  (recruiter key: %s)%nKafka: %s%nDatabase: %s%nCtrl-C stops everything.%n",
                stack.gatewayUrl(), stack.recruiterKey(), stack.kafkaBootstrapServers(), stack.database().jdbcUrl());
        stopped.await();
    }

    private static LocalStack startStack(Path root) {
        return LocalStack.start(root, root.resolve("deploy/target/local-stack"), ServiceSpec.defaults());
    }

    private static InterviewClient.Application application(String persona, String language) {
        boolean zh = "zh".equals(language);
        String name = zh ? (persona.endsWith("strong") ? "李伟" : "王芳") : (persona.endsWith("strong") ? "Ada Lovelace" : "Sam Weaver");
        return new InterviewClient.Application(
                Map.of("name", name, "email", persona + "." + language + "@example.com"),
                Map.of("title", "Backend Engineer", "level", "senior", "location", "London"),
                language, null);
    }

    private static void printOutcome(JsonNode view) {
        OUT.println();
        OUT.println("Scorecard");
        for (JsonNode stage : view.path("stageScores")) {
            OUT.printf("  %-8s weight %.2f   score %5.1f%n", stage.path("stage").asText(),
                    stage.path("weight").asDouble(), stage.path("score").asDouble());
        }
        OUT.printf("  %-8s               %5.1f   band %s: %s%n", "total", view.path("total").asDouble(),
                view.path("band").asText(), view.path("recommendation").asText());
        OUT.println();
        OUT.printf("Letter (%s, a draft waiting for a recruiter)%n", view.path("letter").path("kind").asText());
        OUT.println("-".repeat(72));
        OUT.println(view.path("letter").path("markdown").asText());
        OUT.println("-".repeat(72));
    }

    private static String brief(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            System.err.print("missing --" + name + System.lineSeparator() + USAGE);
            System.exit(2);
        }
        return value;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        if (!positional.isEmpty()) {
            options.put("command", positional.get(0));
        }
        return options;
    }
}
