package io.interviews.stage.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the typed reply out of a model's text. Tolerant of the wrapping models add (a code fence, a sentence before
 * the object) and of fields the record does not name; strict about the rest: text that is not the expected object is
 * unreadable, never guessed at.
 */
final class ReplyJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ReplyJson() {
    }

    static <T> T read(String text, Class<T> type) throws UnreadableReply {
        String reply = text == null ? "" : text;
        int start = reply.indexOf('{');
        int end = reply.lastIndexOf('}');
        if (start < 0 || end <= start) {
            throw new UnreadableReply("no JSON object in the reply");
        }
        try {
            JsonNode node = JSON.readTree(reply.substring(start, end + 1));
            if (node == null || !node.isObject()) {
                throw new UnreadableReply("not a JSON object");
            }
            return JSON.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableReply("invalid JSON: " + e.getOriginalMessage());
        }
    }
}
