package io.interviews.stage.rubric;

import java.util.List;

/**
 * How an answer covered one rubric point.
 *
 * @param matchedKeywords the point's keywords found in the answer, in bank order
 * @param meaningMatched  whether a sentence means what the point's exemplar says (sentence-embedding model)
 * @param evidence        the answer's sentences in which the point was found, verbatim
 */
public record PointAssessment(RubricPoint point, List<String> matchedKeywords, boolean meaningMatched,
                              List<String> evidence) {

    /** Credit by strength of evidence: nothing, named (one sign), explained (two), specific (three or more). */
    private static final double[] CREDIT = {0, 0.5, 0.75, 1};

    public PointAssessment {
        matchedKeywords = List.copyOf(matchedKeywords);
        evidence = List.copyOf(evidence);
    }

    public boolean covered() {
        return credit() > 0;
    }

    /**
     * Signs of the point are its distinct keywords found, plus one if a sentence means what the point's exemplar
     * says: one sign names the point (0.5), two explain it (0.75), three make it specific (1).
     */
    public double credit() {
        int signs = matchedKeywords.size() + (meaningMatched ? 1 : 0);
        return CREDIT[Math.min(signs, CREDIT.length - 1)];
    }
}
