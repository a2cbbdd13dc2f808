package io.interviews.stage.service;

import java.util.List;

/**
 * How a model graded one main question (its answer and any follow-up answer).
 *
 * @param judgements the model's ratings as it gave them (checked when the stage is rated)
 * @param detail     why the outcome is not {@link Outcome#RATED}, or notes such as a clamped rating
 */
public record QuestionGrade(String questionId, Outcome outcome, List<Judgement> judgements, String detail,
                            List<ModelCall> calls) {

    public enum Outcome {
        /** The model answered with ratings in the expected form. */
        RATED,
        /** Every attempt came back in a form that could not be read: the stage needs review. */
        UNPARSEABLE,
        /** The model did not answer in time or failed: the rubric brain rates this question instead. */
        UNAVAILABLE
    }

    public QuestionGrade {
        judgements = List.copyOf(judgements);
        calls = List.copyOf(calls);
    }
}
