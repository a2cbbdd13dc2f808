package io.interviews.evaluation;

import io.interviews.events.Language;
import io.interviews.stage.rubric.Exemplars;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.QuestionBank;
import io.interviews.stage.rubric.RubricInterviewer;
import io.interviews.stage.rubric.Scorecard;
import io.interviews.stage.rubric.StageBank;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rubric brain: unrounded ratings per answer, and the {@link Scorecard} a stage service computes.
 *
 * @param ownExemplarsLeftOut rate each answer without the exemplars of its own content group (itself and its
 *                            translation): how the split the exemplars were taken from must be rated, or every
 *                            answer's nearest exemplar is itself, at similarity 1, and votes its own label
 */
public record RubricJudge(Map<String, RubricInterviewer> interviewers, boolean ownExemplarsLeftOut)
        implements AnswerJudge {

    private static final int WARM_UP_PASSES = 4;

    /** For answers no exemplar was taken from: rated as the stage services rate them. */
    public RubricJudge(Map<String, RubricInterviewer> interviewers) {
        this(interviewers, false);
    }

    @Override
    public Map<String, Double> rate(LabelledAnswer answer) {
        RubricInterviewer interviewer = interviewer(answer);
        QuestionBank bank = interviewer.stageBank().bank(answer.language());
        Question question = bank.question(answer.questionId()).orElseThrow();
        return interviewer.rater().assess(interviewer.stageBank(), answer.language(), question,
                List.of(answer.text())).ratings();
    }

    @Override
    public RubricInterviewer interviewer(LabelledAnswer answer) {
        return interviewer(answer.stage(), answer.language(), List.of(answer));
    }

    private RubricInterviewer interviewer(String stage, Language language, List<LabelledAnswer> answers) {
        RubricInterviewer shipped = interviewers.get(stage);
        if (!ownExemplarsLeftOut) {
            return shipped;
        }
        StageBank bank = shipped.stageBank();
        Set<String> groups = answers.stream().map(LabelledAnswer::group).collect(Collectors.toSet());
        Map<Language, Exemplars> exemplars = new EnumMap<>(bank.exemplars());
        exemplars.put(language, bank.exemplars(language).without(groups));
        return new RubricInterviewer(new StageBank(bank.stage(), bank.rubricVersion(), bank.banks(), exemplars),
                shipped.rater());
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
        Scorecard scorecard = interviewer(stage, language, chosen).scorecard(language, Evaluation.transcript(chosen));
        return new Verdict(scorecard.score(), scorecard.needsReview());
    }

    @Override
    public Optional<Report.ModelGrading> grading(List<LabelledAnswer> answers, List<Evaluation.StageRun> stageRuns) {
        return Optional.empty();
    }
}
