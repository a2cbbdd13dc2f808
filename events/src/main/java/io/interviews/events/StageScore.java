package io.interviews.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** A stage's 0–100 score and its plan weight, as used in the total. */
public record StageScore(String stage, double weight, double score) {

    /**
     * An interview's 0–100 total: the plan-weighted mean of its stages' scores (weights need not sum to 1), rounded
     * half up to one decimal — the one computation the scoring service and every re-score or evaluation share.
     *
     * @throws IllegalArgumentException when the weights do not add up to more than 0
     */
    public static double total(List<StageScore> stages) {
        double weights = stages.stream().mapToDouble(StageScore::weight).sum();
        if (!(weights > 0)) {
            throw new IllegalArgumentException("no stage with a positive weight among " + stages);
        }
        double weighted = stages.stream().mapToDouble(stage -> stage.weight() * stage.score()).sum();
        return BigDecimal.valueOf(weighted / weights).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
