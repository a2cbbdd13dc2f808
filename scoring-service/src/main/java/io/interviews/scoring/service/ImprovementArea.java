package io.interviews.scoring.service;

import java.util.List;

/** A low-rated dimension a recruiter can point the candidate to, with the evidence behind the rating. */
public record ImprovementArea(String stage, String dimension, int rating, List<String> evidence, String rationale,
                              boolean trusted) {

    public ImprovementArea {
        evidence = List.copyOf(evidence);
    }
}
