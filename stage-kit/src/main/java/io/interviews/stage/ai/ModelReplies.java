package io.interviews.stage.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.stage.service.Judgement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what the model replied. Tolerant of the wrapping models add (a code fence, a sentence before the object),
 * strict about the content: a reply that is not the expected object is unparseable, never guessed at. Public so
 * that the evaluation reads a model's grading replies with this very code.
 */
public final class ModelReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Thrown for a reply that is not the expected JSON object. */
    public static final class UnparseableReply extends Exception {
        UnparseableReply(String reason) {
            super(reason);
        }
    }

    /** The interviewer's reply: whether it probes the last answer, and the question to ask. */
    record InterviewerReply(boolean followUp, String question) {
    }

    private ModelReplies() {
    }

    static InterviewerReply interviewer(String text) throws UnparseableReply {
        JsonNode node = object(text);
        JsonNode question = node.get("question");
        if (question == null || !question.isTextual()) {
            throw new UnparseableReply("no \"question\" string");
        }
        JsonNode followUp = node.get("followUp");
        return new InterviewerReply(followUp != null && followUp.asBoolean(false), question.asText());
    }

    /**
     * The ratings of a grading reply, one per expected dimension (others are ignored). A missing dimension or a
     * rating that is not a number makes the reply unparseable; a number outside 1–5 is kept as said (clamped later).
     */
    public static List<Judgement> judgements(String text, Set<String> expectedDimensions) throws UnparseableReply {
        JsonNode ratings = object(text).get("ratings");
        if (ratings == null || !ratings.isArray()) {
            throw new UnparseableReply("no \"ratings\" array");
        }
        List<Judgement> judgements = new ArrayList<>();
        for (JsonNode rating : ratings) {
            String dimension = rating.path("dimension").asText("");
            if (!expectedDimensions.contains(dimension) || judgements.stream().anyMatch(j -> j.dimension().equals(dimension))) {
                continue;
            }
            JsonNode value = rating.get("rating");
            if (value == null || !(value.isNumber() || value.isTextual() && value.asText().strip().matches("-?\\d+(\\.\\d+)?"))) {
                throw new UnparseableReply("rating of " + dimension + " is not a number");
            }
            List<String> evidence = new ArrayList<>();
            rating.path("evidence").forEach(quote -> {
                if (quote.isTextual()) {
                    evidence.add(quote.asText());
                }
            });
            judgements.add(new Judgement(dimension, (int) Math.round(Double.parseDouble(value.asText().strip())), evidence,
                    rating.path("rationale").asText("")));
        }
        for (String dimension : expectedDimensions) {
            if (judgements.stream().noneMatch(judgement -> judgement.dimension().equals(dimension))) {
                throw new UnparseableReply("no rating for " + dimension);
            }
        }
        return judgements;
    }

    private static JsonNode object(String text) throws UnparseableReply {
        Optional<String> candidate = outermostObject(text == null ? "" : text);
        if (candidate.isEmpty()) {
            throw new UnparseableReply("no JSON object in the reply");
        }
        try {
            JsonNode node = JSON.readTree(candidate.get());
            if (node == null || !node.isObject()) {
                throw new UnparseableReply("not a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UnparseableReply("invalid JSON: " + e.getOriginalMessage());
        }
    }

    private static Optional<String> outermostObject(String text) {
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        return start >= 0 && end > start ? Optional.of(text.substring(start, end + 1)) : Optional.empty();
    }
}
