package io.interviews.stage.rubric;

import java.util.List;

/**
 * How an answer covered one rubric point.
 *
 * @param matchedKeywords the point's keywords found in the answer, in bank order
 * @param evidence        the answer's sentences in which they were found, verbatim
 */
public record PointAssessment(RubricPoint point, List<String> matchedKeywords, List<String> evidence) {

    /** Keywords needed for full credit: one alone shows the topic was named, two show it was explained. */
    public static final int SPECIFIC_MATCHES = 2;

    public PointAssessment {
        matchedKeywords = List.copyOf(matchedKeywords);
        evidence = List.copyOf(evidence);
    }

    public boolean covered() {
        return !matchedKeywords.isEmpty();
    }

    /** 0 (missed), 0.5 (named) or 1 (covered specifically). */
    public double credit() {
        return (double) Math.min(matchedKeywords.size(), SPECIFIC_MATCHES) / SPECIFIC_MATCHES;
    }
}
