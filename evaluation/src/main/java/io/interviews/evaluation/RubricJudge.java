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

    @Override
    public Map<String, Double> rate(LabelledAnswer answer) {
        RubricInterviewer interviewer = interviewers.get(answer.stage());
        QuestionBank bank = interviewer.stageBank().bank(answer.language());
        Question question = bank.question(answer.questionId()).orElseThrow();
        return interviewer.rater().assess(bank, interviewer.stageBank().exemplars(answer.language()), question,
                List.of(answer.text())).ratings();
    }

    /** Rates the answers once untimed: the JIT compiles the rating path (nothing on it caches an answer). */
    @Override
    public void warmUp(List<LabelledAnswer> answers) {
        answers.forEach(this::rate);
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
