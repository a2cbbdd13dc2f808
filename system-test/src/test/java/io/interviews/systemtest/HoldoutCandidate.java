package io.interviews.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interviews.deploy.stack.SimulatedCandidate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A candidate of the evaluation's holdout interviews ({@code evaluation/src/main/resources/eval-holdout}), written by
 * someone who saw only the questions, taken through the gateway as anyone outside the project would: as an answer
 * book for {@code demo --answers}, follow-ups answered with a filler that says nothing new.
 */
record HoldoutCandidate(String file, String id, String language) {

    /** A solid mid-level engineer, labelled CONSIDER (71.2), whose answers draw follow-ups. */
    static final HoldoutCandidate SOLID_MID_EN = new HoldoutCandidate("interviews.json", "solid-mid-en", "en");

    static final String FILLER = "I think I covered that in my answer already; I don't have more to add.";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The holdout file's entry for this candidate: its answers and their labels. */
    JsonNode entry() {
        Path holdouts = LiveSystem.PROJECT_ROOT.resolve("evaluation/src/main/resources/eval-holdout").resolve(file);
        try {
            for (JsonNode candidate : JSON.readTree(holdouts.toFile()).path("candidates")) {
                if (candidate.path("id").asText().equals(id)) {
                    return candidate;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no holdout candidate " + id + " in " + holdouts);
    }

    /** Writes this candidate's answer book into {@code directory} and reads it back as {@code demo --answers} does. */
    SimulatedCandidate answerBook(Path directory) {
        ObjectNode book = JSON.createObjectNode().put("persona", id).put("language", language);
        ObjectNode answers = book.putObject("answers");
        entry().path("answers").forEach(answer -> answers.put(answer.path("questionId").asText(),
                answer.path("text").asText()));
        book.put("fallback", FILLER);
        try {
            Files.createDirectories(directory);
            Path written = directory.resolve("answer-book-" + id + ".json");
            JSON.writerWithDefaultPrettyPrinter().writeValue(written.toFile(), book);
            return SimulatedCandidate.fromAnswerBook(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
