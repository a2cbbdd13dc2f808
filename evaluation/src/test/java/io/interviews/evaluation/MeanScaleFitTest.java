package io.interviews.evaluation;

import io.interviews.stage.rubric.AnswerModel.MeanScale;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeanScaleFitTest {

    /** Labelled means from 1 to 5, each rated as {@code rating} says. */
    private static List<MeanScaleFit.Mean> means(DoubleUnaryOperator rating) {
        List<MeanScaleFit.Mean> means = new ArrayList<>();
        for (double labelled = 1; labelled <= 5; labelled += 0.01) {
            means.add(new MeanScaleFit.Mean(rating.applyAsDouble(labelled), labelled));
        }
        return means;
    }

    @Test
    void meansRatedTowardsTheMiddleReadAsTheirLabelsAgain() {
        MeanScale scale = MeanScaleFit.fit(means(labelled -> 3 + 0.7 * (labelled - 3)));

        assertEquals(MeanScaleFit.KNOTS + 1, scale.predicted().size(), scale.toString());
        for (double labelled : new double[]{3.0, 3.5, 4.0, 4.5}) {
            assertEquals(labelled, scale.read(3 + 0.7 * (labelled - 3)), 0.02, scale.toString());
        }
    }

    @Test
    void meansRatedAsLabelledReadAsTheyAre() {
        MeanScale scale = MeanScaleFit.fit(means(labelled -> labelled));

        for (double mean = 2.6; mean <= 5; mean += 0.1) {
            assertEquals(mean, scale.read(mean), 0.02, scale.toString());
        }
    }

    @Test
    void aMeanRatedJustAboveTheOfferLineNeverReadsBelowIt() {
        // rated a whole anchor too high: a 2 rated 3
        MeanScale scale = MeanScaleFit.fit(means(labelled -> Math.min(5, labelled + 1)));

        assertEquals(MeanScale.OFFER_LINE, scale.calibrated().get(1), scale.toString());
        for (double mean = 2.51; mean <= 5; mean += 0.01) {
            assertTrue(scale.read(mean) >= MeanScale.OFFER_LINE, mean + " " + scale);
        }
    }
}
