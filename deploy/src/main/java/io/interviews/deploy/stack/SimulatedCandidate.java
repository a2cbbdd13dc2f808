package io.interviews.deploy.stack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A canned candidate that takes a whole interview through the gateway's HTTP API only. Its answers come
 * from an answer book per persona ({@code strong}, {@code weak}) and language, keyed by question id; a
 * plugged-in stage brings its own books ({@link #withStageAnswers(Path)}).
 */
public final class SimulatedCandidate {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private final String persona;
    private final String language;
    private final AnswerBook book;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AnswerBook(String persona, String language, String name, Map<String, String> answers, String fallback) {
    }

    /**
     * One question the candidate saw and what it answered; {@code number} of {@code plannedQuestions} is where the
     * stage said it stood.
     */
    public record AnsweredQuestion(String stage, String questionId, boolean followUp, String question, String answer,
                                   int number, int plannedQuestions) {
    }

    public SimulatedCandidate(String persona, String language) {
        this.persona = persona.toLowerCase(Locale.ROOT);
        this.language = language.toLowerCase(Locale.ROOT);
        this.book = load(this.persona, this.language);
    }

    private SimulatedCandidate(String persona, String language, AnswerBook book) {
        this.persona = persona;
        this.language = language;
        this.book = book;
    }

    /**
     * A candidate of your own, from an answer book file: {@code persona} (any label), {@code language} ({@code en} or
     * {@code zh}), optionally the {@code name} the letter addresses, {@code answers} by question id ({@code tech-1},
     * {@code tech-1-followup}, …) and a {@code fallback}, the answer to any question the book has none for.
     *
     * @throws IllegalArgumentException when the file cannot be read or is not such a book, with the reason
     */
    public static SimulatedCandidate fromAnswerBook(Path file) {
        AnswerBook book;
        try {
            book = read(file);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage() + ": " + e.getCause().getMessage(), e);
        }
        String language = book.language().toLowerCase(Locale.ROOT);
        if (!language.equals("en") && !language.equals("zh")) {
            throw new IllegalArgumentException(file + ": language is '" + book.language() + "', not en or zh");
        }
        if (book.fallback() == null || book.fallback().isBlank()) {
            throw new IllegalArgumentException(file + " has no fallback: the answer to a question the book has no "
                    + "answer for (a follow-up, or a stage it does not cover)");
        }
        return new SimulatedCandidate(book.persona(), language, book);
    }

    /**
     * This candidate with the answers of another answer book added (same persona and language; an id in both
     * takes the added book's answer). The fallback stays this candidate's.
     */
    public SimulatedCandidate withAnswers(Path answerBook) {
        AnswerBook added = read(answerBook);
        if (!persona.equals(added.persona()) || !language.equals(added.language())) {
            throw new IllegalArgumentException(answerBook + " is for '" + added.persona() + "' in '" + added.language()
                    + "', not '" + persona + "' in '" + language + "'");
        }
        Map<String, String> answers = new LinkedHashMap<>(book.answers());
        answers.putAll(added.answers());
        return new SimulatedCandidate(persona, language,
                new AnswerBook(persona, language, book.name(), answers, book.fallback()));
    }

    /** {@link #withAnswers(Path)} with a plugged-in stage's {@code candidate-<persona>-<language>.json} in {@code stageDir}. */
    public SimulatedCandidate withStageAnswers(Path stageDir) {
        return withAnswers(stageDir.resolve("candidate-" + persona + "-" + language + ".json"));
    }

    public String persona() {
        return persona;
    }

    public String language() {
        return language;
    }

    /** The candidate's name, when the answer book gives one. */
    public Optional<String> name() {
        return Optional.ofNullable(book.name()).filter(name -> !name.isBlank());
    }

    /** The answer this persona gives to a question id (the book's fallback for an id it does not know). */
    public String answerTo(String questionId) {
        return book.answers().getOrDefault(questionId, book.fallback());
    }

    /** Whether the answer book has an answer of its own for a question id (not the fallback). */
    public boolean hasAnswerTo(String questionId) {
        return book.answers().containsKey(questionId);
    }

    /** What the candidate does when the gateway cannot be reached (connection refused, reset or timed out). */
    public enum GatewayOutage {
        /** Give up at once: the failure is the caller's. */
        FAIL,
        /** Keep trying until the interview's deadline, as a candidate reloading the page would. */
        RETRY
    }

    /**
     * How long the candidate waited after an answer: from its first attempt to submit it until it saw the next
     * question ({@code nextQuestionId}) or the interview leave {@code IN_PROGRESS} ({@code nextQuestionId} null).
     */
    public record Wait(String answeredQuestionId, String stage, String nextQuestionId, Duration waited) {
    }

    /**
     * Answers every question the gateway shows until the interview leaves {@code IN_PROGRESS}; each question
     * is answered exactly once. {@code onAnswer} sees each exchange as it happens.
     */
    public List<AnsweredQuestion> takeInterview(InterviewClient client, InterviewClient.Registration interview,
                                                Duration timeout, Consumer<AnsweredQuestion> onAnswer) {
        return takeInterview(client, interview, timeout, GatewayOutage.FAIL, onAnswer, wait -> { });
    }

    /**
     * The same interview, riding out a gateway that cannot be reached when {@code outage} is
     * {@link GatewayOutage#RETRY}: an answer whose response was lost counts as given once the gateway no longer
     * shows its question open, and is sent again while it does. {@code onWait} sees how long each answer waited
     * for what followed.
     */
    public List<AnsweredQuestion> takeInterview(InterviewClient client, InterviewClient.Registration interview,
                                                Duration timeout, GatewayOutage outage,
                                                Consumer<AnsweredQuestion> onAnswer, Consumer<Wait> onWait) {
        return answerUntilTheEnd(client, interview, timeout, (questionId, questionText) -> answerTo(questionId),
                outage, onAnswer, onWait);
    }

    /**
     * The same interview loop answering with {@code answers} (question id and text → answer), for a candidate
     * that composes its answers, such as {@link io.interviews.deploy.candidate.LlmCandidate}.
     */
    public static List<AnsweredQuestion> takeInterview(InterviewClient client, InterviewClient.Registration interview,
                                                       Duration timeout, BinaryOperator<String> answers,
                                                       Consumer<AnsweredQuestion> onAnswer) {
        return answerUntilTheEnd(client, interview, timeout, answers, GatewayOutage.FAIL, onAnswer, wait -> { });
    }

    /** An answer from its first attempt until the candidate sees what follows it. */
    private record Submission(InterviewClient.OpenQuestion question, String answer, long firstAttemptNanos,
                              boolean accepted) {

        Submission acceptedNow() {
            return new Submission(question, answer, firstAttemptNanos, true);
        }

        boolean stillOpenIn(InterviewClient.Status status) {
            return status.openQuestion() != null && question.questionId().equals(status.openQuestion().questionId());
        }

        Wait endedBy(String nextQuestionId) {
            return new Wait(question.questionId(), question.stage(), nextQuestionId,
                    Duration.ofNanos(System.nanoTime() - firstAttemptNanos));
        }
    }

    private static List<AnsweredQuestion> answerUntilTheEnd(InterviewClient client, InterviewClient.Registration interview,
                                                            Duration timeout, BinaryOperator<String> answers,
                                                            GatewayOutage outage, Consumer<AnsweredQuestion> onAnswer,
                                                            Consumer<Wait> onWait) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> answered = new LinkedHashSet<>();
        List<AnsweredQuestion> transcript = new ArrayList<>();
        Consumer<Submission> accepted = submission -> {
            InterviewClient.OpenQuestion question = submission.question();
            answered.add(question.questionId());
            AnsweredQuestion exchange = new AnsweredQuestion(question.stage(), question.questionId(),
                    question.followUp(), question.text(), submission.answer(), question.number(),
                    question.plannedQuestions());
            transcript.add(exchange);
            onAnswer.accept(exchange);
        };
        Submission submission = null;
        InterviewClient.Status status = null;
        while (true) {
            Optional<InterviewClient.Status> seen = reach(() -> client.status(interview), outage);
            if (seen.isPresent()) {
                status = seen.get();
                if (submission != null && !submission.accepted() && !submission.stillOpenIn(status)) {
                    // an attempt whose response was lost went through: the gateway closed the question
                    accepted.accept(submission);
                    submission = submission.acceptedNow();
                }
                InterviewClient.OpenQuestion question = status.openQuestion();
                boolean newQuestion = question != null && !answered.contains(question.questionId());
                if (submission != null && submission.accepted() && (newQuestion || !status.inProgress())) {
                    onWait.accept(submission.endedBy(newQuestion ? question.questionId() : null));
                    submission = null;
                }
                if (newQuestion) {
                    if (submission == null) {
                        submission = new Submission(question, answers.apply(question.questionId(), question.text()),
                                System.nanoTime(), false);
                    }
                    Submission sending = submission;
                    if (reach(() -> sent(client, interview, sending), outage).isPresent()) {
                        accepted.accept(submission);
                        submission = submission.acceptedNow();
                        continue;
                    }
                } else if (!status.inProgress()) {
                    return transcript;
                }
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("Interview " + interview.interviewId() + " still "
                        + (status == null ? "unreachable" : status.status() + " at stage " + status.currentStage())
                        + " after " + timeout.toSeconds() + " s");
            }
            sleep();
        }
    }

    private static Submission sent(InterviewClient client, InterviewClient.Registration interview, Submission submission) {
        client.answer(interview, submission.question().questionId(), submission.answer());
        return submission;
    }

    /** {@code call}'s result, the call repeated while the gateway cannot be reached, for up to {@code timeout}. */
    public static <T> T whenReachable(Supplier<T> call, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> result = reach(call, GatewayOutage.RETRY);
            if (result.isPresent()) {
                return result.get();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("the gateway was unreachable for " + timeout.toSeconds() + " s");
            }
            sleep();
        }
    }

    /** The call's result; empty when the gateway could not be reached and {@code outage} says to try again. */
    private static <T> Optional<T> reach(Supplier<T> call, GatewayOutage outage) {
        try {
            return Optional.of(call.get());
        } catch (IllegalStateException e) {
            if (outage == GatewayOutage.RETRY && e.getCause() instanceof IOException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Polls the candidate view until the interview reaches {@code expectedStatus}. */
    public static InterviewClient.Status awaitStatus(InterviewClient client, InterviewClient.Registration interview,
                                                     String expectedStatus, Duration timeout) {
        return awaitStatus(client, interview, expectedStatus, timeout, GatewayOutage.FAIL);
    }

    /** {@link #awaitStatus(InterviewClient, InterviewClient.Registration, String, Duration)}, riding out outages if told. */
    public static InterviewClient.Status awaitStatus(InterviewClient client, InterviewClient.Registration interview,
                                                     String expectedStatus, Duration timeout, GatewayOutage outage) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastSeen = "unreachable";
        while (true) {
            Optional<InterviewClient.Status> status = reach(() -> client.status(interview), outage);
            if (status.isPresent() && expectedStatus.equals(status.get().status())) {
                return status.get();
            }
            lastSeen = status.map(InterviewClient.Status::status).orElse(lastSeen);
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("Interview " + interview.interviewId() + " is " + lastSeen
                        + ", not " + expectedStatus + ", after " + timeout.toSeconds() + " s");
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static AnswerBook load(String persona, String language) {
        String resource = "/io/interviews/deploy/candidate/" + persona + "-" + language + ".json";
        try (InputStream in = SimulatedCandidate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No simulated candidate '" + persona + "' in '" + language
                        + "' (expected " + resource + "; personas: strong, weak; languages: en, zh)");
            }
            return new ObjectMapper().readValue(in, AnswerBook.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static AnswerBook read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            AnswerBook book = new ObjectMapper().readValue(in, AnswerBook.class);
            if (book.answers() == null || book.persona() == null || book.language() == null) {
                throw new IllegalArgumentException(file + " is not an answer book (persona, language, answers)");
            }
            return book;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read answer book " + file, e);
        }
    }
}
