package io.interviews.offer.service;

import io.interviews.events.DimensionRating;
import io.interviews.events.StageResult;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Picks what a feedback letter suggests developing: the lowest-rated dimensions (rated 3 or below, heavier
 * weight first on a tie), at most {@value #MAX_AREAS}, each with the first sentence of its rationale. Evidence
 * quotes are never copied, and brackets in a rationale are softened to parentheses so they cannot pass for an
 * unfilled placeholder.
 */
public final class ImprovementAreas {

    public static final int MAX_AREAS = 3;
    private static final int HIGHEST_RATING_TO_DEVELOP = 3;
    private static final int MAX_REASON_LENGTH = 160;

    private ImprovementAreas() {
    }

    public static List<ImprovementArea> from(List<StageResult> results) {
        Map<String, DimensionRating> lowestByDimension = new LinkedHashMap<>();
        results.stream()
                .flatMap(result -> result.dimensions().stream())
                .filter(rating -> rating.rating() <= HIGHEST_RATING_TO_DEVELOP)
                .sorted(Comparator.comparingInt(DimensionRating::rating)
                        .thenComparing(Comparator.comparingDouble(DimensionRating::weight).reversed()))
                .forEach(rating -> lowestByDimension.putIfAbsent(rating.dimension().toLowerCase(Locale.ROOT), rating));
        return lowestByDimension.values().stream()
                .limit(MAX_AREAS)
                .map(rating -> new ImprovementArea(displayName(rating.dimension()), shortReason(rating.rationale())))
                .toList();
    }

    /** "problem_solving" → "Problem solving". */
    static String displayName(String dimension) {
        String spaced = dimension.replace('_', ' ').replace('-', ' ').trim();
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The rationale's first sentence, without brackets, cut at a word boundary if long. */
    static String shortReason(String rationale) {
        if (rationale == null || rationale.isBlank()) {
            return "";
        }
        String text = rationale.strip()
                .replaceAll("\\s+", " ")
                .replaceAll("[\\[{【［｛]", "(")
                .replaceAll("[]}】］｝]", ")");
        int sentenceEnd = firstSentenceEnd(text);
        if (sentenceEnd > 0) {
            text = text.substring(0, sentenceEnd);
        }
        if (text.length() > MAX_REASON_LENGTH) {
            int cut = text.lastIndexOf(' ', MAX_REASON_LENGTH - 1);
            text = text.substring(0, cut > 0 ? cut : MAX_REASON_LENGTH - 1).stripTrailing() + "…";
        }
        return text;
    }

    private static int firstSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean latinStop = (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ');
            if (latinStop || c == '。' || c == '！' || c == '？') {
                return i + 1;
            }
        }
        return -1;
    }
}
