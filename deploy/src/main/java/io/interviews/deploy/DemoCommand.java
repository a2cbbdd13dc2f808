package io.interviews.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.deploy.candidate.CandidatePersona;
import io.interviews.deploy.candidate.LlmCandidate;
import io.interviews.deploy.ops.TopicTimeline;
import io.interviews.deploy.stack.InterviewClient;
import io.interviews.deploy.stack.LocalStack;
import io.interviews.deploy.stack.SimulatedCandidate;
import io.interviews.events.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BinaryOperator;

/**
 * {@code demo}: starts the local stack, runs one interview with a simulated candidate and prints the transcript in
 * brief, the scorecard and the letter, then the interview's timeline, and stops everything.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Starts the local stack, lets a simulated candidate take one whole interview, prints each "
                + "question and answer in brief, the scorecard, the letter and the interview's timeline, then stops "
                + "everything.",
        footer = "%nA model plays the candidate with --persona llm-strong|llm-weak --llm-base-url URL --llm-model NAME "
                + "(key from OPENAI_API_KEY)." + LocalStackOptions.DATABASE_ENVIRONMENT)
final class DemoCommand implements Callable<Integer> {

    private static final Duration INTERVIEW_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration TIMELINE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration LLM_TIMEOUT = Duration.ofSeconds(60);

    /** Who takes the interview: a canned answer book, or ({@code llm-}) a model playing that character. */
    enum Persona {
        STRONG, WEAK, LLM_STRONG, LLM_WEAK;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        boolean playedByModel() {
            return this == LLM_STRONG || this == LLM_WEAK;
        }

        /** {@code strong} or {@code weak}. */
        String character() {
            return label().substring(label().lastIndexOf('-') + 1);
        }

        /** Accepts the labels ({@code llm-strong}), as the README spells them. */
        static final class Converter implements ITypeConverter<Persona> {

            @Override
            public Persona convert(String value) {
                return Arrays.stream(values()).filter(persona -> persona.label().equalsIgnoreCase(value.trim()))
                        .findFirst()
                        .orElseThrow(() -> new TypeConversionException(
                                "'" + value + "' is not one of strong, weak, llm-strong, llm-weak"));
            }
        }
    }

    @Option(names = "--persona", paramLabel = "PERSONA", defaultValue = "strong", converter = Persona.Converter.class,
            description = "strong, weak, llm-strong or llm-weak (default: ${DEFAULT-VALUE})")
    Persona persona;

    @Option(names = "--language", paramLabel = "en|zh", defaultValue = "en",
            description = "the interview's language (default: ${DEFAULT-VALUE})")
    Language language;

    @Option(names = "--answers", paramLabel = "FILE",
            description = "a candidate of your own instead of --persona: an answer book (JSON: persona, language, "
                    + "optional name, answers by question id such as tech-1 and tech-1-followup, fallback), in the "
                    + "book's language")
    Path answers;

    @Option(names = "--llm-base-url", paramLabel = "URL",
            description = "llm-* personas: any OpenAI-compatible API, e.g. http://localhost:11434/v1")
    String llmBaseUrl;

    @Option(names = "--llm-model", paramLabel = "NAME", description = "llm-* personas: the model")
    String llmModel;

    @Option(names = "--llm-temperature", paramLabel = "T", defaultValue = "0.7",
            description = "llm-* personas: sampling temperature (default: ${DEFAULT-VALUE})")
    double llmTemperature;

    @Mixin
    LocalStackOptions localStack;

    @Spec
    CommandSpec spec;

    /** Who takes the interview, as the output names them: the persona, or the answer book's own label. */
    private String candidateLabel;
    /** The name on the application: the answer book's, or one that suits the persona and language. */
    private String candidateName;
    /** The questions your answer book had no answer for, in the order asked: they got its fallback. */
    private final Set<String> answeredWithTheFallback = new LinkedHashSet<>();

    @Override
    public Integer call() throws IOException {
        BinaryOperator<String> candidate = candidate();
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        out.println("Starting Kafka, PostgreSQL and 6 services (logs in deploy/target/local-stack/logs) ...");
        try (LocalStack stack = localStack.start()) {
            out.printf("Stack ready in %.1f s; gateway at %s%n%n", seconds(started), stack.gatewayUrl());
            InterviewClient client = new InterviewClient(stack.gatewayUrl());
            InterviewClient.Registration interview = client.invite(application(), stack.recruiterKey());
            out.printf("Interview %s: simulated candidate '%s' (%s)%n", interview.interviewId(), candidateLabel,
                    language.code());
            SimulatedCandidate.takeInterview(client, interview, INTERVIEW_TIMEOUT, candidate, exchange -> out.printf(
                    "  [%s] %s %s%n         -> %s%n", exchange.stage(),
                    exchange.followUp() ? "follow-up:" : "Q:", brief(exchange.question(), 110),
                    brief(exchange.answer(), 110)));
            SimulatedCandidate.awaitStatus(client, interview, "AWAITING_DECISION", INTERVIEW_TIMEOUT);
            printOutcome(out, new ObjectMapper().readTree(client.recruiterView(interview.interviewId(), stack.recruiterKey())));
            if (!answeredWithTheFallback.isEmpty()) {
                // a mistyped question id would otherwise pass unnoticed and cost the candidate the question
                out.printf("%nYour answer book had no answer for %s: they got its fallback.%n",
                        String.join(", ", answeredWithTheFallback));
            }
            out.printf("%nTimeline of interview %s on the topics (the timeline command):%n", interview.interviewId());
            TopicTimeline.read(stack.kafkaBootstrapServers(), Optional.of(interview.interviewId()), TIMELINE_TIMEOUT)
                    .forEach(entry -> out.println("  " + entry.format()));
            out.printf("%nDone in %.1f s. Stopping the stack.%n", seconds(started));
        }
        return 0;
    }

    /**
     * Your answer book, the canned persona's, or a model answering in that persona; checked before the stack starts.
     */
    private BinaryOperator<String> candidate() {
        if (answers != null) {
            try {
                SimulatedCandidate own = SimulatedCandidate.fromAnswerBook(answers);
                candidateLabel = own.persona();
                language = Language.fromCode(own.language());
                candidateName = own.name().orElse(language == Language.ZH ? "候选人" : "Candidate");
                return (questionId, questionText) -> {
                    if (!own.hasAnswerTo(questionId)) {
                        answeredWithTheFallback.add(questionId);
                    }
                    return own.answerTo(questionId);
                };
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--answers: " + e.getMessage());
            }
        }
        candidateLabel = persona.label();
        if (!persona.playedByModel()) {
            SimulatedCandidate canned = new SimulatedCandidate(persona.label(), language.code());
            return (questionId, questionText) -> canned.answerTo(questionId);
        }
        if (isBlank(llmBaseUrl) || isBlank(llmModel)) {
            throw new ParameterException(spec.commandLine(),
                    "--persona " + persona.label() + " needs --llm-base-url and --llm-model");
        }
        LlmCandidate.Settings settings = new LlmCandidate.Settings(llmBaseUrl, llmModel,
                System.getenv().getOrDefault("OPENAI_API_KEY", ""), llmTemperature, LLM_TIMEOUT);
        LlmCandidate llm = new LlmCandidate(new CandidatePersona(persona.character(), language.code()), settings,
                "I'm not sure, sorry.");
        return llm::answerTo;
    }

    private InterviewClient.Application application() {
        boolean strong = persona.character().equals("strong");
        String name = candidateName != null ? candidateName
                : language == Language.ZH ? (strong ? "李伟" : "王芳") : (strong ? "Ada Lovelace" : "Sam Weaver");
        // an address the gateway accepts whatever the book calls its candidate: letters and digits, at most 32
        String mailbox = candidateLabel.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        mailbox = mailbox.substring(0, Math.min(32, mailbox.length())).replaceAll("^-+|-+$", "");
        return new InterviewClient.Application(
                Map.of("name", name, "email", (mailbox.isEmpty() ? "candidate" : mailbox) + "." + language.code()
                        + "@example.com"),
                Map.of("title", "Backend Engineer", "level", "senior", "location", "London"),
                language.code(), null);
    }

    /** The scorecard, why a person must review a stage (if one must), and the drafted letter. */
    static void printOutcome(PrintWriter out, JsonNode view) {
        out.println();
        out.println("Scorecard");
        for (JsonNode stage : view.path("stageScores")) {
            out.printf("  %-8s weight %.2f   score %5.1f%n", stage.path("stage").asText(),
                    stage.path("weight").asDouble(), stage.path("score").asDouble());
        }
        out.printf("  %-8s               %5.1f   band %s: %s%n", "total", view.path("total").asDouble(),
                view.path("band").asText(), view.path("recommendation").asText());
        for (JsonNode review : view.path("stageReviews")) {
            if (review.path("needsReview").asBoolean()) {
                List<String> reasons = new ArrayList<>();
                review.path("reviewReasons").forEach(reason -> reasons.add(reason.asText()));
                out.printf("  review %-8s %s%n", review.path("stage").asText(), String.join(" ", reasons));
            }
        }
        out.println();
        out.printf("Letter (%s, a draft waiting for a recruiter)%n", view.path("letter").path("kind").asText());
        out.println("-".repeat(72));
        out.println(view.path("letter").path("markdown").asText());
        out.println("-".repeat(72));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String brief(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
