package io.interviews.scoring.service;

import io.interviews.events.ImprovementArea;

import java.util.List;

/** An improvement area as recruiters read it: the dimension, its stage and rating, and the evidence behind it. */
public record ImprovementAreaDetail(String stage, String dimension, int rating, List<String> evidence,
                                    String rationale, boolean trusted) {

    public ImprovementAreaDetail {
        evidence = List.copyOf(evidence);
    }

    /** What {@code InterviewScored} carries of it. */
    ImprovementArea area() {
        return new ImprovementArea(stage, dimension, rating);
    }
}
