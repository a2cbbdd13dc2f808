package io.interviews.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

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
