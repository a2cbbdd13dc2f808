package io.interviews.stage.rubric;

import java.util.Locale;

/**
 * Finds rubric keywords in answer text without tokenizing, so Chinese (no spaces between words) and English
 * work alike. A Latin keyword must not sit inside a longer Latin word ({@code api} does not match "rapid"; a
 * trailing {@code *} allows any ending, as in {@code scal*}); digits may touch it, so {@code k} matches "40k".
 * Chinese keywords match anywhere, including between Chinese characters.
 */
public final class PhraseMatcher {

    private static final char WILDCARD = '*';

    private PhraseMatcher() {
    }

    /**
     * Lower case, with hyphens, underscores, slashes and whitespace runs folded to one space, in the forms of
     * characters the banks are written in ({@link CharacterForms}: Simplified Chinese, half-width letters and digits).
     */
    public static String normalize(String text) {
        StringBuilder normalized = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (char c : CharacterForms.canonical(text).toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isWhitespace(c) || c == '-' || c == '_' || c == '/' || c == '\u3000') {
                pendingSpace = normalized.length() > 0;
            } else {
                if (pendingSpace) {
                    normalized.append(' ');
                    pendingSpace = false;
                }
                normalized.append(c);
            }
        }
        return normalized.toString();
    }

    /** Whether {@code keyword} occurs in {@code normalizedText} (already passed through {@link #normalize}). */
    public static boolean occursIn(String normalizedText, String keyword) {
        String phrase = normalize(keyword);
        boolean anyEnding = phrase.endsWith(String.valueOf(WILDCARD));
        if (anyEnding) {
            phrase = phrase.substring(0, phrase.length() - 1);
        }
        if (phrase.isEmpty()) {
            return false;
        }
        boolean wordStart = isLatinLetter(phrase.charAt(0));
        boolean wordEnd = !anyEnding && isLatinLetter(phrase.charAt(phrase.length() - 1));
        for (int at = normalizedText.indexOf(phrase); at >= 0; at = normalizedText.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            boolean startsWord = !wordStart || at == 0 || !isLatinLetter(normalizedText.charAt(at - 1));
            boolean endsWord = !wordEnd || end == normalizedText.length() || !isLatinLetter(normalizedText.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
