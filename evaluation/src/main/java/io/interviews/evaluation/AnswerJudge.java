package io.interviews.evaluation;

import io.interviews.events.Language;
import io.interviews.stage.rubric.RubricInterviewer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A brain as the evaluation measures it: how it rates one labelled answer, and a stage interview of several. */
public interface AnswerJudge {

    /** The shipped stages' rubric interviewers: the banks, and the rubric brain's own decisions (follow-ups). */
    Map<String, RubricInterviewer> interviewers();

    /** The rubric interviewer that decides on a follow-up to {@code answer}. */
    default RubricInterviewer interviewer(LabelledAnswer answer) {
        return interviewers().get(answer.stage());
    }

    /** The rating of every dimension the answer's question rates. */
    Map<String, Double> rate(LabelledAnswer answer);

    /**
     * Prepares for a timed pass over {@code answers}, so that the CPU measured is what a running service spends.
     * Nothing by default: a model's calls cost money and are not repeated.
     */
    default void warmUp(List<LabelledAnswer> answers) {
    }

    /** A stage interview that answered each main question of {@code stage} with one of {@code chosen}, in order. */
    Verdict stage(String stage, Language language, List<LabelledAnswer> chosen);

    /** What a model's grading of {@code answers} adds to the report; empty for the rubric brain. */
    Optional<Report.ModelGrading> grading(List<LabelledAnswer> answers, List<Evaluation.StageRun> stageRuns);

    /** A stage's score in points, and whether a person must review it before it counts. */
    record Verdict(double score, boolean review) {
    }
}
