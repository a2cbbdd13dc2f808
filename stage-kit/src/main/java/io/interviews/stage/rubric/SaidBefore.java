package io.interviews.stage.rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a candidate has said so far, to tell a sentence said again: word for word, or nearly (a figure or a word
 * changed, as when one paragraph is pasted under every answer with small edits). Sentences are compared normalised
 * ({@link PhraseMatcher#normalize}); two sentences of {@value #NEAR_FROM_CHARS} characters or more are the same when
 * their character trigrams overlap by {@value #NEAR_OVERLAP} or more (Jaccard), in any language.
 */
public final class SaidBefore {

    static final int NEAR_FROM_CHARS = 24;
    static final double NEAR_OVERLAP = 0.8;

    private final Set<String> exact = new HashSet<>();
    private final List<Set<String>> trigrams = new ArrayList<>();

    public static SaidBefore nothing() {
        return new SaidBefore();
    }

    public SaidBefore copy() {
        SaidBefore copy = new SaidBefore();
        copy.exact.addAll(exact);
        copy.trigrams.addAll(trigrams);
        return copy;
    }

    /** Remembers {@code sentence}; false when it was said before. */
    public boolean add(String sentence) {
        String normalized = PhraseMatcher.normalize(sentence);
        if (!exact.add(normalized)) {
            return false;
        }
        if (normalized.length() < NEAR_FROM_CHARS) {
            return true;
        }
        Set<String> these = trigramsOf(normalized);
        for (Set<String> earlier : trigrams) {
            if (overlap(these, earlier) >= NEAR_OVERLAP) {
                return false;
            }
        }
        trigrams.add(these);
        return true;
    }

    private static Set<String> trigramsOf(String text) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= text.length(); i++) {
            grams.add(text.substring(i, i + 3));
        }
        return grams;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int shared = 0;
        for (String gram : smaller) {
            if (larger.contains(gram)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }
}
