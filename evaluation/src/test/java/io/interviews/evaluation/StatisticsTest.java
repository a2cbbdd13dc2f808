package io.interviews.evaluation;

import io.interviews.events.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StatisticsTest {

    @Test
    void spearmanIsOneForAnyIncreasingRelationAndMinusOneForADecreasingOne() {
        List<Double> x = List.of(1.0, 2.0, 3.0, 4.0, 5.0);
        assertEquals(1, Statistics.spearman(x, List.of(1.0, 4.0, 9.0, 16.0, 25.0)), 1e-9);
        assertEquals(-1, Statistics.spearman(x, List.of(5.0, 3.0, 2.0, 1.0, 0.0)), 1e-9);
    }

    @Test
    void spearmanGivesTiesTheirMeanRank() {
        // ranks of x: 1, 2.5, 2.5, 4; of y: 1, 2, 3, 4 → Pearson of the ranks
        assertEquals(0.9486833, Statistics.spearman(List.of(1.0, 2.0, 2.0, 3.0), List.of(1.0, 2.0, 3.0, 4.0)), 1e-6);
    }

    @Test
    void meanAbsoluteErrorAveragesTheDistances() {
        assertEquals(0.5, Statistics.meanAbsoluteError(List.of(1.0, 3.0), List.of(2.0, 3.0)), 1e-12);
    }

    @Test
    void meanBiasAveragesRatingMinusLabelOverEveryDimensionOfAGroupsAnswers() {
        LabelledAnswer overrated = answer("a", "overclaim", Map.of("depth", 2, "design", 3));
        LabelledAnswer underrated = answer("b", "overclaim", Map.of("depth", 4));
        LabelledAnswer exact = answer("c", "plain-words", Map.of("depth", 3));

        Map<String, Double> bias = Statistics.meanBias(Map.of(overrated, Map.of("depth", 3.5, "design", 4.0),
                underrated, Map.of("depth", 3.5), exact, Map.of("depth", 3.0)), LabelledAnswer::style);

        // overclaim: (+1.5 + 1.0 − 0.5) / 3
        assertEquals(Map.of("overclaim", 2.0 / 3, "plain-words", 0.0), bias);
    }

    @Test
    void quadraticKappaIsOneForAgreementZeroForChanceAndMinusOneForOppositeEnds() {
        assertEquals(1, Statistics.quadraticWeightedKappa(List.of(1, 3, 5), List.of(1, 3, 5), 1, 5), 1e-12);
        // every pairing of 1 and 2 once: the observed disagreement is what chance gives
        assertEquals(0, Statistics.quadraticWeightedKappa(List.of(1, 1, 2, 2), List.of(1, 2, 1, 2), 1, 5), 1e-12);
        assertEquals(-1, Statistics.quadraticWeightedKappa(List.of(1, 5), List.of(5, 1), 1, 5), 1e-12);
    }

    @Test
    void quadraticKappaWeighsADisagreementByItsSquaredDistance() {
        // observed: one 1↔2 miss (weight 1/16); chance: x {1,2,3} × y {2,2,3} over 3 → (1/16·2 + 4/16·1 + 1/16·2 + 1/16·1) / 3
        double chance = (2.0 / 16 + 4.0 / 16 + 2.0 / 16 + 1.0 / 16) / 3;
        assertEquals(1 - (1.0 / 16) / chance,
                Statistics.quadraticWeightedKappa(List.of(1, 2, 3), List.of(2, 2, 3), 1, 5), 1e-12);
    }

    @Test
    void standardizedMeanDifferenceDividesAGroupsBiasByTheSpreadOfItsLabels() {
        LabelledAnswer low = answer("a", "terse", Map.of("depth", 2));
        LabelledAnswer high = new LabelledAnswer("b", "b", "tech", "tech-1", Language.ZH, "terse", 4, Map.of("depth", 4),
                "一个回答");
        LabelledAnswer otherLow = new LabelledAnswer("c", "c", "tech", "tech-1", Language.ZH, "terse", 2,
                Map.of("depth", 2), "一个回答");

        Map<String, Double> difference = Statistics.standardizedMeanDifference(Map.of(low, Map.of("depth", 2.5),
                high, Map.of("depth", 4.5), otherLow, Map.of("depth", 2.5)), answer -> answer.language().code());

        // zh: labels 4 and 2 (SD 1), both rated 0.5 above; en: one label, no spread
        assertEquals(0.5, difference.get("zh"), 1e-12);
        assertEquals(Double.NaN, difference.get("en"));
    }

    private static LabelledAnswer answer(String id, String style, Map<String, Integer> labels) {
        return new LabelledAnswer(id, id, "tech", "tech-1", Language.EN, style, 3, labels, "an answer");
    }

    @Test
    void ridgeWithoutPenaltyRecoversAnExactLinearRelation() {
        List<double[]> rows = List.of(new double[]{1, 0, 1}, new double[]{1, 1, 0}, new double[]{1, 2, 1},
                new double[]{1, 3, 5});
        List<Double> targets = rows.stream().map(x -> 0.5 + 2 * x[1] - x[2]).toList();

        assertArrayEquals(new double[]{0.5, 2, -1}, Ridge.fit(rows, targets, 0), 1e-9);
    }

    @Test
    void ridgePenaltyShrinksTheSlopesButNeverTheIntercept() {
        List<double[]> rows = List.of(new double[]{1, -1}, new double[]{1, 1});
        List<Double> targets = List.of(3.0, 7.0);

        double[] fitted = Ridge.fit(rows, targets, 2);

        assertEquals(5, fitted[0], 1e-9);
        assertEquals(1, fitted[1], 1e-9);
    }
}
