package io.interviews.evaluation;

import io.interviews.events.Language;
import io.interviews.stage.rubric.AnswerEmbeddings;
import io.interviews.stage.rubric.AnswerModel;
import io.interviews.stage.rubric.AnswerReader;
import io.interviews.stage.rubric.StageBank;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code calibrate --cross-validate}: every dev answer rated once, by a fit that never saw it. */
class CrossValidationTest {

    private static List<StageBank> stages;
    private static List<LabelledAnswer> dev;
    private static CrossValidation.Result result;

    @BeforeAll
    static void crossValidate() {
        stages = EvalCommand.shippedStages();
        dev = EvalSet.load(stages).stream().filter(answer -> answer.split() == LabelledAnswer.Split.DEV).toList();
        result = CrossValidation.run(stages, dev, new AnswerReader(AnswerEmbeddings::shared), 3);
    }

    @Test
    void everyDevAnswerIsRatedOnceOnTheDimensionsItsLabelsName() {
        assertEquals(dev.size(), result.ratings().size());
        dev.forEach(answer -> assertEquals(answer.labels().keySet(), result.ratings().get(answer).keySet(), answer.id()));
    }

    @Test
    void ratingsOfAnswersNoFitSawStillFollowTheLabels() {
        for (String stage : EvalCommand.STAGES) {
            for (Language language : Language.values()) {
                CrossValidation.Agreement agreement = result.agreement(stage, language);
                assertTrue(agreement.meanAbsoluteError() <= 0.75 && agreement.spearman() >= 0.7,
                        stage + " " + language + " " + agreement);
            }
        }
    }

    /**
     * Why the rubric brain has a mean scale: over a stage, the mean of answers it never saw is rated above its labels
     * just above the bar and below them near the top, so the scale fitted on them reads the one lower and the other
     * higher.
     */
    @Test
    void theMeanScaleOfRatingsNoFitSawReadsMeansJustAboveTheBarLowerAndNearTheTopHigher() {
        AnswerModel.MeanScale scale = MeanScaleFit.fit(stages, result.ratings());

        assertTrue(scale.read(3.0) < 3.0, scale.toString());
        assertTrue(scale.read(4.3) > 4.3, scale.toString());
    }

    @Test
    void fewerThanTwoFoldsIsAUsageError() {
        StringWriter err = new StringWriter();
        int exitCode = new CommandLine(new EvalCommand()).setErr(new PrintWriter(err))
                .execute("calibrate", "--cross-validate", "1");

        assertEquals(2, exitCode, err.toString());
        assertTrue(err.toString().contains("--cross-validate needs 2 folds or more, not 1"), err.toString());
    }

    @Test
    void pairedStageScoresAreDrawnForEveryStageAndReportedWithTheRest() {
        for (StageBank stage : stages) {
            List<Double> differences = result.pairedStageDifferences(stage, new Random(1));
            assertFalse(differences.isEmpty(), stage.stage());
            assertTrue(differences.stream().allMatch(difference -> difference >= 0 && difference <= 100), stage.stage());
        }
        String report = result.render(1);
        stages.forEach(stage -> assertTrue(report.contains("same content, " + stage.stage() + " stage score"), report));
        assertTrue(report.contains("mean rating by labelled level: {1="), report);
    }
}
