package io.interviews.stage.rubric;

import java.util.ArrayList;
import java.util.List;

/** Splits an answer into sentences that are verbatim substrings of it, for evidence quotes. */
public final class Sentences {

    private static final String ALWAYS_ENDS = "。！？；\n";
    private static final String ENDS_BEFORE_SPACE = ".!?;";

    private Sentences() {
    }

    public static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean last = i + 1 == text.length();
            // "3.5" or "e.g." inside a sentence is not an end: a Latin stop must be followed by a space
            boolean ends = ALWAYS_ENDS.indexOf(c) >= 0
                    || (ENDS_BEFORE_SPACE.indexOf(c) >= 0 && (last || Character.isWhitespace(text.charAt(i + 1))));
            if (ends || last) {
                String sentence = text.substring(start, i + 1).trim();
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
                start = i + 1;
            }
        }
        return sentences;
    }
}
