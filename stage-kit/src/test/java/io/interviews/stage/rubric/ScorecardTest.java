package io.interviews.stage.rubric;

import io.interviews.events.DimensionRating;
import io.interviews.events.Exchange;
import io.interviews.events.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorecardTest {

    private static final QuestionBank EN = StageBankLoader.fromClasspath("sample").bank(Language.EN);
    private static final QuestionBank ZH = StageBankLoader.fromClasspath("sample").bank(Language.ZH);
    private static final AnswerRater RATER = new AnswerRater(SentenceEmbeddings::shared);

    private static Exchange exchange(String questionId, String answer, Instant answeredAt) {
        return new Exchange(questionId, "question " + questionId, questionId.endsWith("-followup"), answer, answeredAt);
    }

    private static final List<Exchange> STRONG = List.of(
            exchange("sample-1", "A Kafka queue takes the orders and buffers the spike. Consumers are idempotent, so a retry "
                    + "or retries after a crash are safe. We run load tests and capacity benchmarks. Metrics feed our alerts "
                    + "and dashboards.", Instant.parse("2026-11-02T10:00:00Z")),
            exchange("sample-2", "The logs, traces and metrics pointed at the pool. My hypothesis held: I could reproduce it "
                    + "and found the root cause. We wrote a regression test, a runbook and a postmortem.",
                    Instant.parse("2026-11-02T10:05:00Z")),
            exchange("sample-3", "I compare the alternatives and their trade-offs. A prototype and a benchmark decide, and we "
                    + "measure both. I prefer reversible steps, a gradual migration and a rollback plan.",
                    Instant.parse("2026-11-02T10:09:00Z")));

    private static final List<Exchange> WEAK = List.of(
            exchange("sample-1", "Good code.", Instant.parse("2026-11-02T10:00:00Z")),
            exchange("sample-1-followup", "Not sure.", Instant.parse("2026-11-02T10:01:00Z")),
            exchange("sample-2", "I looked at the logs.", Instant.parse("2026-11-02T10:02:00Z")),
            exchange("sample-2-followup", "It went away.", Instant.parse("2026-11-02T10:03:00Z")),
            exchange("sample-3", "I pick the one I like.", Instant.parse("2026-11-02T10:04:00Z")),
            exchange("sample-3-followup", "No idea.", Instant.parse("2026-11-02T10:05:00Z")));

    @Test
    void coveringEveryPointSpecificallyScoresHundred() {
        Scorecard scorecard = Scorecard.of(EN, STRONG, RATER);

        assertEquals(100.0, scorecard.score());
        assertEquals(List.of("depth", "design", "practice"), scorecard.ratings().stream().map(DimensionRating::dimension).toList());
        scorecard.ratings().forEach(rating -> assertEquals(5, rating.rating(), rating.dimension()));
        assertFalse(scorecard.needsReview());
    }

    @Test
    void vagueAnswersScoreLowAndCiteOnlyWhatWasSaid() {
        Scorecard scorecard = Scorecard.of(EN, WEAK, RATER);

        // depth: 0.5 credit over 4 points -> 1 + round(0.5) = 2; design and practice: nothing -> 1
        assertEquals(List.of(2, 1, 1), scorecard.ratings().stream().map(DimensionRating::rating).toList());
        assertEquals(12.5, scorecard.score());
        assertEquals(List.of("I looked at the logs."), scorecard.ratings().get(0).evidence());
        assertEquals(List.of(), scorecard.ratings().get(1).evidence());
    }

    @Test
    void sameTranscriptGivesTheSameScorecard() {
        assertEquals(Scorecard.of(EN, STRONG, RATER), Scorecard.of(EN, STRONG, RATER));
        assertEquals(Scorecard.of(ZH, WEAK, RATER), Scorecard.of(ZH, WEAK, RATER));
    }

    @Test
    void scoreDependsOnTheAnswersNotOnWhenTheyWereGiven() {
        List<Exchange> later = STRONG.stream()
                .map(e -> new Exchange(e.questionId(), e.question(), e.followUp(), e.answer(), e.answeredAt().plusSeconds(86_400)))
                .toList();

        assertEquals(Scorecard.of(EN, STRONG, RATER), Scorecard.of(EN, later, RATER));
    }

    @Test
    void everyEvidenceQuoteOccursInTheTranscript() {
        Scorecard scorecard = Scorecard.of(EN, STRONG, RATER);

        List<String> quotes = scorecard.ratings().stream().flatMap(rating -> rating.evidence().stream()).toList();
        assertFalse(quotes.isEmpty());
        quotes.forEach(quote -> assertTrue(STRONG.stream().anyMatch(e -> e.answer().contains(quote)), quote));
        scorecard.ratings().forEach(rating -> assertTrue(rating.trusted()));
        scorecard.ratings().forEach(rating -> assertTrue(rating.evidence().size() <= Scorecard.MAX_EVIDENCE_QUOTES));
    }

    @Test
    void rationaleQuotesTheAnchorOfTheRating() {
        DimensionRating depth = Scorecard.of(EN, WEAK, RATER).ratings().get(0);

        assertTrue(depth.rationale().startsWith("Depth 2 (1/4)"), depth.rationale());
    }

    @Test
    void stageScoreIsTheWeightedMeanMappedToHundredRoundedToOneDecimal() {
        List<DimensionRating> ratings = List.of(
                new DimensionRating("a", 4, 0.3, List.of(), "", true),
                new DimensionRating("b", 3, 0.25, List.of(), "", true),
                new DimensionRating("c", 5, 0.25, List.of(), "", true),
                new DimensionRating("d", 2, 0.2, List.of(), "", true));

        // weighted mean 3.6 -> (3.6 - 1) / 4 * 100 = 65.0
        assertEquals(65.0, Scorecard.stageScore(ratings));
        assertEquals(66.7, Scorecard.stageScore(List.of(
                new DimensionRating("a", 4, 1, List.of(), "", true),
                new DimensionRating("b", 3, 1, List.of(), "", true),
                new DimensionRating("c", 4, 1, List.of(), "", true))));
    }
}
