package io.interviews.stage.rubric;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether an evidence quote is really the candidate's: it must occur in one of the candidate's answers, compared
 * with whitespace normalised (runs of spaces and line breaks count as one space). Every brain's ratings pass
 * this check; a rating citing a quote that fails it is not trusted.
 */
public final class EvidenceCheck {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private EvidenceCheck() {
    }

    public static String normalizeWhitespace(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }

    public static boolean occursIn(String quote, Collection<String> answers) {
        String needle = normalizeWhitespace(quote);
        return !needle.isEmpty() && answers.stream().anyMatch(answer -> normalizeWhitespace(answer).contains(needle));
    }

    public static boolean allOccurIn(List<String> quotes, Collection<String> answers) {
        return quotes.stream().allMatch(quote -> occursIn(quote, answers));
    }
}
