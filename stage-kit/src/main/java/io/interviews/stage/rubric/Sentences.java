package io.interviews.stage.rubric;

import java.util.ArrayList;
import java.util.List;

/** Splits an answer into sentences that are verbatim substrings of it, for evidence quotes. */
public final class Sentences {

    /**
     * Capitalised words that open English sentences and name nothing. Written after a lower-case word with no stop
     * between ("it has not crashed since We improved …"), such a word still begins a sentence.
     */
    static final List<String> OPENERS = List.of("The", "This", "That", "These", "Those", "Then", "There", "They", "We",
            "Our", "It", "Its", "In", "On", "At", "As", "And", "But", "So", "If", "When", "While", "After", "Before",
            "Because", "Since", "For", "With", "To", "My", "He", "She", "You", "Also", "Finally", "First", "Second",
            "Next", "Later", "Now", "Once", "What", "Which", "Who", "How", "Why", "Looking", "Overall", "Instead",
            "Today", "Last", "Each", "Every", "Some", "Most", "All", "No", "Not", "Yes", "Here", "A", "An");

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
                    || (ENDS_BEFORE_SPACE.indexOf(c) >= 0 && (last || Character.isWhitespace(text.charAt(i + 1))))
                    || (c == ' ' && i > 0 && Character.isLowerCase(text.charAt(i - 1)) && opensASentence(text, i + 1));
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

    private static boolean opensASentence(String text, int from) {
        // every opener is capitalised: most words after a space are not, and need no look-up
        if (from >= text.length() || !Character.isUpperCase(text.charAt(from))) {
            return false;
        }
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > from && OPENERS.contains(text.substring(from, end));
    }
}
