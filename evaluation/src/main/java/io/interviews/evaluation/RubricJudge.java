package io.interviews.evaluation;

import io.interviews.events.Language;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.QuestionBank;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.Scorecard;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rubric brain: unrounded ratings per answer, and the {@link Scorecard} a stage service computes. */
public record RubricJudge(Map<String, RubricInterviewer> interviewers) implements AnswerJudge {

    private static final int WARM_UP_PASSES = 4;

    @Override
    public Map<String, Double> rate(LabelledAnswer answer) {
        RubricInterviewer interviewer = interviewers.get(answer.stage());
        QuestionBank bank = interviewer.stageBank().bank(answer.language());
        Question question = bank.question(answer.questionId()).orElseThrow();
        return interviewer.rater().assess(bank, interviewer.stageBank().exemplars(answer.language()), question,
                List.of(answer.text())).ratings();
    }

    /**
     * Rates the answers untimed, {@value #WARM_UP_PASSES} times: a running stage has rated thousands of answers, so
     * the JIT has compiled the rating path with its optimising compiler (nothing on the path caches an answer).
     */
    @Override
    public void warmUp(List<LabelledAnswer> answers) {
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            answers.forEach(this::rate);
        }
    }

    @Override
    public Verdict stage(String stage, Language language, List<LabelledAnswer> chosen) {
        Scorecard scorecard = interviewers.get(stage).scorecard(language, Evaluation.transcript(chosen));
        return new Verdict(scorecard.score(), scorecard.needsReview());
    }

    @Override
    public Optional<Report.ModelGrading> grading(List<LabelledAnswer> answers, List<Evaluation.StageRun> stageRuns) {
        return Optional.empty();
    }
}
