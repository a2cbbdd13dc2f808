package io.interviews.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalDouble;

/** A stage's 0–100 score and its plan weight, as used in the total. */
public record StageScore(String stage, double weight, double score) {

    /**
     * An interview's 0–100 total: the plan-weighted mean of its stages' scores (weights need not sum to 1), rounded
     * half up to one decimal — the one computation the scoring service and every re-score or evaluation share.
     * Empty when no stage has a positive weight: each caller decides what such an interview is.
     */
    public static OptionalDouble total(List<StageScore> stages) {
        double weights = stages.stream().mapToDouble(StageScore::weight).sum();
        if (!(weights > 0)) {
            return OptionalDouble.empty();
        }
        double weighted = stages.stream().mapToDouble(stage -> stage.weight() * stage.score()).sum();
        return OptionalDouble.of(BigDecimal.valueOf(weighted / weights).setScale(1, RoundingMode.HALF_UP).doubleValue());
    }
}
