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
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;

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
    record AnswerBook(String persona, String language, Map<String, String> answers, String fallback) {
    }

    /** One question the candidate saw and what it answered. */
    public record AnsweredQuestion(String stage, String questionId, boolean followUp, String question, String answer) {
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
        return new SimulatedCandidate(persona, language, new AnswerBook(persona, language, answers, book.fallback()));
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

    /** The answer this persona gives to a question id (the book's fallback for an id it does not know). */
    public String answerTo(String questionId) {
        return book.answers().getOrDefault(questionId, book.fallback());
    }

    /** Whether the answer book has an answer of its own for a question id (not the fallback). */
    public boolean hasAnswerTo(String questionId) {
        return book.answers().containsKey(questionId);
    }

    /**
     * Answers every question the gateway shows until the interview leaves {@code IN_PROGRESS}; each question
     * is answered exactly once. {@code onAnswer} sees each exchange as it happens.
     */
    public List<AnsweredQuestion> takeInterview(InterviewClient client, InterviewClient.Registration interview,
                                                Duration timeout, Consumer<AnsweredQuestion> onAnswer) {
        return takeInterview(client, interview, timeout, (questionId, questionText) -> answerTo(questionId), onAnswer);
    }

    /**
     * The same interview loop answering with {@code answers} (question id and text → answer), for a candidate
     * that composes its answers, such as {@link io.interviews.deploy.candidate.LlmCandidate}.
     */
    public static List<AnsweredQuestion> takeInterview(InterviewClient client, InterviewClient.Registration interview,
                                                       Duration timeout, BinaryOperator<String> answers,
                                                       Consumer<AnsweredQuestion> onAnswer) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> answered = new LinkedHashSet<>();
        List<AnsweredQuestion> transcript = new ArrayList<>();
        while (true) {
            InterviewClient.Status status = client.status(interview);
            InterviewClient.OpenQuestion question = status.openQuestion();
            if (question != null && !answered.contains(question.questionId())) {
                String answer = answers.apply(question.questionId(), question.text());
                client.answer(interview, question.questionId(), answer);
                answered.add(question.questionId());
                AnsweredQuestion exchange = new AnsweredQuestion(question.stage(), question.questionId(),
                        question.followUp(), question.text(), answer);
                transcript.add(exchange);
                onAnswer.accept(exchange);
            } else if (!status.inProgress()) {
                return transcript;
            } else if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("Interview " + interview.interviewId() + " still " + status.status()
                        + " at stage " + status.currentStage() + " after " + timeout.toSeconds() + " s");
            } else {
                sleep();
            }
        }
    }

    /** Polls the candidate view until the interview reaches {@code expectedStatus}. */
    public static InterviewClient.Status awaitStatus(InterviewClient client, InterviewClient.Registration interview,
                                                     String expectedStatus, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            InterviewClient.Status status = client.status(interview);
            if (expectedStatus.equals(status.status())) {
                return status;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("Interview " + interview.interviewId() + " is " + status.status()
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
