package io.interviews.evaluation;

import io.interviews.stage.rubric.AnswerEmbeddings;
import io.interviews.stage.rubric.AnswerRater;
import io.interviews.stage.rubric.RubricInterviewer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped rubric brain against the held-out {@code test} split and the holdout interviews, with thresholds a
 * little below the targets in stage-kit's README, so that a change that judges worse fails the build. Nothing here
 * is fitted: the brain is the one the services load.
 */
class JudgementRegressionTest {

    private static Map<String, RubricInterviewer> interviewers;
    private static Report report;

    @BeforeAll
    static void rateTheTestSplit() {
        var stages = EvalCommand.shippedStages();
        interviewers = EvalCommand.interviewers(stages, new AnswerRater(AnswerEmbeddings::shared));
        List<LabelledAnswer> test = EvalSet.load(stages).stream()
                .filter(answer -> answer.split() == LabelledAnswer.Split.TEST).toList();
        report = Evaluation.run(new RubricJudge(interviewers), test, 100, 20261130);
        System.out.print(report.render("Rubric brain on the test split"));
    }

    @Test
    void stageScoresRankCandidatesAsTheLabelsDoInEveryStageAndLanguage() {
        report.stages().forEach(stage -> {
            assertTrue(stage.stageScoreSpearman() >= 0.7, stage.toString());
            assertTrue(stage.minDimensionSpearman() >= 0.65, stage.toString());
        });
    }

    @Test
    void ratingsLandWithinAboutHalfAnAnchorOfTheLabels() {
        report.stages().forEach(stage -> assertTrue(stage.ratingMae() <= 0.7, stage.toString()));
    }

    @Test
    void nobodyWhoMeetsTheBarEverywhereIsRejectedAndFewBelowItGetAnOffer() {
        assertTrue(report.meetsTheBarEverywhere() > 20 && report.belowTheBarEverywhere() > 20, report.toString());
        assertEquals(0, report.falseRejectRate(), "false rejects");
        assertTrue(report.falseOfferRate() <= 0.07, "false offers " + report.falseOfferRate());
    }

    @Test
    void fewInterviewsGoToReview() {
        assertTrue(report.reviewRate() <= 0.2, "review rate " + report.reviewRate());
    }

    @Test
    void strongAnswersRarelyNeedAFollowUpAndWeakOnesUsuallyDo() {
        report.followUpRateByLevel().forEach((language, byLevel) -> {
            assertTrue(byLevel.get("4") <= 0.25, language + " " + byLevel);
            assertTrue(byLevel.get("2") >= 0.75, language + " " + byLevel);
        });
    }

    @Test
    void candidatesByOtherWritersLandInTheirLabelledBandOrNextToIt() {
        List<HoldoutInterviews.Result> results = HoldoutInterviews.score(new RubricJudge(interviewers));
        System.out.print(HoldoutInterviews.render(results));
        results.forEach(result -> {
            int distance = Math.abs(Evaluation.band(result.total()).ordinal() - Evaluation.band(result.labelTotal()).ordinal());
            assertTrue(distance <= 1, result.toString());
            assertEquals(result.labelTotal() >= Evaluation.OFFER_THRESHOLD, result.total() >= Evaluation.OFFER_THRESHOLD,
                    "offer or not, as labelled: " + result);
        });
    }

    /**
     * The target is 5 points; the static tables measure 8.9 on the 7 paired test interviews (the bge
     * transformer measured 4.2 at 40 times the CPU). This guards against getting worse while that gap stays open.
     */
    @Test
    void theSameInterviewInEnglishAndChineseScoresAlike() {
        assertTrue(report.pairedMeanDifference() <= 10, "mean |en − zh| " + report.pairedMeanDifference());
    }
}
