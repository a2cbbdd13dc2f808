package io.interviews.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HoldoutInterviewsTest {

    private static HoldoutInterviews.Result result(double total, double labelTotal) {
        return new HoldoutInterviews.Result("interviews-x.json", "candidate", "en", Map.of(), Map.of(), total, labelTotal,
                false);
    }

    @Test
    void theSummarySaysHowFarTheTotalsAreInPointsBandsAndAcrossTheOfferLine() {
        List<HoldoutInterviews.Result> results = List.of(
                result(75.0, 73.0),  // CONSIDER for CONSIDER
                result(82.0, 76.0),  // HIRE for CONSIDER: the next band
                result(74.0, 58.0),  // CONSIDER for NO_HIRE: two bands off, an offer for a label under the line
                result(55.0, 61.0)); // NO_HIRE for BORDERLINE: the next band, no offer for a label over the line

        assertEquals("  4 interviews: total 7.5 points from the label on average; in the labelled band 1, the next 2, "
                + "further 1; across the offer line from the label 2", HoldoutInterviews.summary(results));
    }

    @Test
    void theBiasIsGivenPerBandOfTheLabelFromTheTopBandDown() {
        List<HoldoutInterviews.Result> results = List.of(
                result(88.0, 94.0),  // labelled STRONG_HIRE, 6 under
                result(74.0, 62.0),  // labelled BORDERLINE, 12 over
                result(66.0, 64.0),  // labelled BORDERLINE, 2 over
                result(20.0, 30.0)); // labelled NO_HIRE, 10 under

        assertEquals("  total minus label by labelled band: STRONG_HIRE -6.0 (1), BORDERLINE +7.0 (2), NO_HIRE -10.0 (1)",
                HoldoutInterviews.byLabelledBand(results));
    }
}
