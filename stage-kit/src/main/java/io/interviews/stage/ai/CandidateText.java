package io.interviews.stage.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/**
 * Candidate text as data for a prompt: JSON-encoded, with {@code <}, {@code >} and {@code &} as unicode escapes, so
 * that nothing a candidate writes can close the tags it is put between or pass for a line of the instructions.
 */
public final class CandidateText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CUT = " […cut]";

    private CandidateText() {
    }

    /** One text as a JSON string literal, cut to {@code maxChars}. */
    public static String quote(String text, int maxChars) {
        return escape(write(cut(text, maxChars)));
    }

    /** Several texts as a JSON array of string literals, each cut to {@code maxChars}. */
    public static String quoteAll(List<String> texts, int maxChars) {
        return escape(write(texts.stream().map(text -> cut(text, maxChars)).toList()));
    }

    static String cut(String text, int maxChars) {
        return text.length() <= maxChars ? text : text.substring(0, maxChars) + CUT;
    }

    private static String escape(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
