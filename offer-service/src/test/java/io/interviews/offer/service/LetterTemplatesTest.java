package io.interviews.offer.service;

import io.interviews.events.Band;
import io.interviews.events.Candidate;
import io.interviews.events.DimensionRating;
import io.interviews.events.ImprovementArea;
import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewScored;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageResult;
import io.interviews.events.StageScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders the real template files with a standalone Qute engine and runs every letter through the check. */
class LetterTemplatesTest {

    private static final LocalDate LETTER_DATE = LocalDate.of(2025, 3, 7); // a Friday
    private static final String EVIDENCE = "I would just restart the server";
    private static final Benchmark LONDON_BACKEND_SENIOR = new Benchmark("Backend developer",
            List.of("backend", "python"), "London", "senior", "GBP", 72000, 84000, 98000, 112000,
            "Seed salary benchmark v1 (illustrative figures)", LocalDate.of(2025, 1, 1), 87,
            Benchmark.Basis.SALARY_SURVEY);

    private final LetterDrafter drafter = new LetterDrafter(new LetterTemplates(StandaloneQute.engine()),
            new TestOfferConfig(ExpectedSalaryPolicy.IGNORE));

    @ParameterizedTest
    @EnumSource(Language.class)
    void offerLetterRendersCompletelyInEachLanguage(Language language) {
        LetterDraft draft = drafter.offer(
                drafter.offerTerms(scored(language, 82), LONDON_BACKEND_SENIOR, Optional.empty()), LETTER_DATE);

        assertDoesNotThrow(() -> LetterCheck.verify(draft));
        String markdown = draft.markdown();
        assertTrue(markdown.contains("Mei Lin"), markdown);
        assertTrue(markdown.contains("Python Backend Developer"), markdown);
        assertTrue(markdown.contains("senior"), markdown);
        assertTrue(markdown.contains("London"), markdown);
        assertTrue(markdown.contains("GBP " + String.format("%,d", draft.salary().amount())), markdown);
        assertTrue(markdown.contains("P60–P75"), markdown); // 82 is HIRE
        assertTrue(markdown.contains("Seed salary benchmark v1 (illustrative figures)"), markdown);
        assertTrue(markdown.contains("Interview Systems Ltd"), markdown);
        assertTrue(markdown.contains("recruiting@example.com"), markdown);
        assertTrue(markdown.contains(language == Language.EN ? "7 March 2025" : "2025年3月7日"), markdown);
        // 30 days after Friday 7 March is Sunday 6 April: the start moves to Monday 7 April
        assertEquals(LocalDate.of(2025, 4, 7), draft.startDate());
        assertTrue(markdown.contains(language == Language.EN ? "7 April 2025" : "2025年4月7日"), markdown);
        // 7 working days after Friday 7 March
        assertEquals(LocalDate.of(2025, 3, 18), draft.replyBy());
        assertTrue(markdown.contains(language == Language.EN ? "18 March 2025" : "2025年3月18日"), markdown);
        assertFalse(markdown.contains(EVIDENCE), markdown);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void feedbackLetterRendersCompletelyWithImprovementAreasInEachLanguage(Language language) {
        LetterDraft draft = drafter.feedback(drafter.feedbackTerms(scored(language, 45)), LETTER_DATE);

        assertDoesNotThrow(() -> LetterCheck.verify(draft));
        String markdown = draft.markdown();
        assertTrue(markdown.contains("Mei Lin"), markdown);
        assertTrue(markdown.contains(language == Language.EN ? "**System design**: " : "**系统设计**："), markdown);
        assertTrue(markdown.contains(language == Language.EN ? "**Problem solving**: " : "**问题解决**："), markdown);
        assertFalse(markdown.contains(language == Language.EN ? "Engineering practice" : "工程实践"), markdown);
        assertFalse(markdown.contains("system-design") || markdown.contains("problem-solving"), markdown);
        assertFalse(markdown.contains("Could not explain"), "no rationale in feedback:\n" + markdown);
        assertFalse(markdown.contains(EVIDENCE), "no raw evidence in feedback:\n" + markdown);
        assertFalse(markdown.contains("45"), "no score in feedback:\n" + markdown);
    }

    @Test
    void feedbackLetterNamesExactlyTheAreasTheEventCarriesInTheirOrder() {
        InterviewScored scored = scored(Language.EN, 45);
        // system-design is rated lowest in the results, but the areas are scoring-service's choice, not the letter's
        InterviewScored withOtherAreas = new InterviewScored(scored.eventId(), scored.interviewId(),
                scored.occurredAt(), scored.context(), scored.stageScores(), 45, Band.NO_HIRE, "No hire", false,
                scored.results(), List.of(new ImprovementArea("tech", "problem-solving", 2),
                        new ImprovementArea("boss", "leadership", 3)));

        FeedbackTerms terms = drafter.feedbackTerms(withOtherAreas);
        String markdown = drafter.feedback(terms, LETTER_DATE).markdown();

        assertEquals(List.of("Problem solving", "Leadership and influence"),
                terms.improvementAreas().stream().map(AreaAdvice::name).toList());
        assertTrue(markdown.indexOf("**Problem solving**") < markdown.indexOf("**Leadership and influence**"),
                markdown);
        assertFalse(markdown.contains("System design"), markdown);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void feedbackLetterWithoutImprovementAreasStillRendersCompletely(Language language) {
        InterviewScored scored = scored(language, 55);
        InterviewScored withoutAreas = new InterviewScored(scored.eventId(), scored.interviewId(),
                scored.occurredAt(), scored.context(), scored.stageScores(), 55, Band.NO_HIRE, "No hire", false,
                List.of(), List.of());

        LetterDraft draft = drafter.feedback(drafter.feedbackTerms(withoutAreas), LETTER_DATE);

        assertDoesNotThrow(() -> LetterCheck.verify(draft));
        assertTrue(draft.markdown().contains("Mei Lin"), draft.markdown());
        assertFalse(draft.markdown().contains("**"), draft.markdown());
    }

    private static InterviewScored scored(Language language, double total) {
        InterviewContext context = new InterviewContext(new Candidate("Mei Lin", "mei.lin@example.com"),
                new Position("Python Backend Developer", "senior", "London"), language,
                List.of(new PlannedStage("tech", 1)));
        StageResult tech = new StageResult("tech", "tech-en-1", total, List.of(
                new DimensionRating("system-design", 1, 0.4, List.of(EVIDENCE),
                        "Could not explain how the cache is invalidated. Suggested restarting instead.", true,
                        "rubric"),
                new DimensionRating("problem-solving", 2, 0.3, List.of(EVIDENCE), "Guessed before measuring.", true,
                        "rubric"),
                new DimensionRating("engineering-practice", 4, 0.3, List.of(EVIDENCE), "Readable code.", true,
                        "rubric")),
                List.of(), false, List.of(), Instant.EPOCH, Instant.EPOCH);
        return new InterviewScored(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), context,
                List.of(new StageScore("tech", 1, total)), total, Band.HIRE, "Hire", false, List.of(tech),
                List.of(new ImprovementArea("tech", "system-design", 1),
                        new ImprovementArea("tech", "problem-solving", 2)));
    }
}
