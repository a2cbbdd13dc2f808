package io.interviews.stage.service;

import java.util.List;

/** A model's rating of one dimension for one question, as it said it: not yet checked. */
public record Judgement(String dimension, int rating, List<String> evidence, String rationale) {

    public Judgement {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        rationale = rationale == null ? "" : rationale;
    }
}
