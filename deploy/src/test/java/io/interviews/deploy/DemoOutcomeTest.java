package io.interviews.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the demo prints from the recruiter's view of a finished interview. */
class DemoOutcomeTest {

    private static final String VIEW = """
            {"stageScores": [{"stage": "tech", "weight": 0.4, "score": 76.7},
                             {"stage": "hr", "weight": 0.3, "score": 62.8},
                             {"stage": "boss", "weight": 0.3, "score": 72.5}],
             "total": 71.3, "band": "CONSIDER", "recommendation": "Consider; human review required for tech, boss",
             "stageReviews": [
               {"stage": "tech", "needsReview": true, "reviewReasons": [
                 "Sentences said before were given again (tech-2, tech-3); each was rated once, where first said.",
                 "The dimensions disagree: ratings from 1 to 4."]},
               {"stage": "hr", "needsReview": false, "reviewReasons": []},
               {"stage": "boss", "needsReview": true, "reviewReasons": ["The dimensions disagree: ratings from 2 to 5."]}],
             "letter": {"kind": "OFFER", "markdown": "Dear Ada Lovelace,"}}
            """;

    @Test
    void aStageToReviewIsPrintedWithItsReasonsUnderTheScorecard() throws Exception {
        String printed = print(VIEW);

        assertTrue(printed.contains("  total                   71.3   band CONSIDER: Consider; human review required "
                + "for tech, boss\n"), printed);
        assertTrue(printed.contains("  review tech     Sentences said before were given again (tech-2, tech-3); each was "
                + "rated once, where first said. The dimensions disagree: ratings from 1 to 4.\n"), printed);
        assertTrue(printed.contains("  review boss     The dimensions disagree: ratings from 2 to 5.\n"), printed);
        assertFalse(printed.contains("review hr"), printed);
        assertTrue(printed.indexOf("review boss") < printed.indexOf("Letter (OFFER"), printed);
    }

    @Test
    void noStageToReviewPrintsNoReviewLine() throws Exception {
        String printed = print(VIEW.replace("\"needsReview\": true", "\"needsReview\": false"));

        assertFalse(printed.contains("  review "), printed);
        assertEquals(1, printed.split("Dear Ada Lovelace,", -1).length - 1, printed);
    }

    private static String print(String view) throws Exception {
        StringWriter out = new StringWriter();
        try (PrintWriter writer = new PrintWriter(out)) {
            DemoCommand.printOutcome(writer, new ObjectMapper().readTree(view));
        }
        return out.toString().replace(System.lineSeparator(), "\n");
    }
}
