package io.interviews.offer.service;

import io.interviews.events.Band;
import io.interviews.events.Candidate;
import io.interviews.events.Exchange;
import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewScored;
import io.interviews.events.Language;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageResult;
import io.interviews.events.StageScore;
import io.interviews.offer.service.profile.CandidateProfile;
import io.interviews.offer.service.profile.ProfileExtractor;
import io.interviews.offer.service.profile.SkillVocabulary;
import io.interviews.offer.service.profile.Sourced;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed prototype's own case: 李伟, a Python backend developer interviewing for London, total 73. The seed
 * priced it at P60–P75 of the London market in GBP, then left placeholders and weaknesses in the letter. With the
 * windows following the bands, 73 is CONSIDER (70–79), whose window is P40–P60.
 */
class SeedCaseOfferTest {

    private static final LocalDate LETTER_DATE = LocalDate.of(2025, 3, 7);
    /** The seeded table's row for London mid-level backend developers (migration V2). */
    private static final Benchmark LONDON_BACKEND_MID = new Benchmark("Backend developer",
            List.of("backend", "python", "java", "golang", "server"), "London", "mid", "GBP", 55000, 65000, 77000,
            88000, "Seed salary benchmark v1 (illustrative figures)", LocalDate.of(2025, 1, 1), 118,
            Benchmark.Basis.SALARY_SURVEY);
    private static final Pattern ANY_PLACEHOLDER = Pattern.compile("[{}\\[\\]【】［］｛｝]");

    @ParameterizedTest
    @EnumSource(ExpectedSalaryPolicy.class)
    void seedCandidateScoring73IsAConsiderOfferedAPoundSalaryAtP46InsideP40ToP60(ExpectedSalaryPolicy policy) {
        InterviewScored scored = seedInterview(Language.ZH);
        CandidateProfile profile = new ProfileExtractor(SkillVocabulary.load())
                .extract(scored.context(), scored.results());
        LetterDrafter drafter = new LetterDrafter(new LetterTemplates(StandaloneQute.engine()),
                new TestOfferConfig(policy));

        OfferTerms terms = drafter.offerTerms(scored, LONDON_BACKEND_MID,
                Optional.ofNullable(profile.expectedSalary()).map(Sourced::value));
        LetterDraft draft = drafter.offer(terms, LETTER_DATE);

        SalaryOffer salary = draft.salary();
        assertEquals("P40–P60", salary.window().label());
        assertEquals("GBP", salary.currency());
        assertTrue(LONDON_BACKEND_MID.atPercentile(40) <= salary.amount()
                && salary.amount() <= LONDON_BACKEND_MID.atPercentile(60), "salary " + salary.amount());
        // 73 is 3/10 of the way through CONSIDER (70–80): P40 + 0.3·(P60 − P40) = P46, which lies between the
        // row's P25 and P50; the figure is rounded to the nearest 100 (55,000 + 10,000·21/25 = 63,400)
        double atP46 = LONDON_BACKEND_MID.p25()
                + (LONDON_BACKEND_MID.p50() - LONDON_BACKEND_MID.p25()) * (46 - 25) / (50.0 - 25);
        long expected = Math.round(atP46 / 100) * 100;
        // 35K–45K a month is far above the window in pounds a year: no policy moves the figure for it
        assertEquals(expected, salary.amount());
        assertEquals(SalaryOffer.Placement.SCORE, salary.placement());
        assertDoesNotThrow(() -> LetterCheck.verify(draft));
        assertFalse(ANY_PLACEHOLDER.matcher(draft.markdown()).find(), draft.markdown());
        assertTrue(draft.markdown().contains("尊敬的李伟"), draft.markdown());
        assertTrue(draft.markdown().contains(String.format(Locale.ROOT, "GBP %,d", expected)), draft.markdown());
        assertTrue(draft.markdown().contains("样本数：118"), draft.markdown());
        assertTrue(draft.startDate().isAfter(draft.letterDate()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSeedLetterStatesSourceSampleAndMethodInEachLanguage(Language language) {
        LetterDrafter drafter = new LetterDrafter(new LetterTemplates(StandaloneQute.engine()),
                new TestOfferConfig(ExpectedSalaryPolicy.IGNORE));

        LetterDraft draft = drafter.offer(drafter.offerTerms(seedInterview(language), LONDON_BACKEND_MID,
                Optional.empty()), LETTER_DATE);

        String markdown = draft.markdown();
        assertTrue(markdown.contains("Seed salary benchmark v1 (illustrative figures)"), markdown);
        assertTrue(markdown.contains("118"), markdown);
        assertTrue(markdown.contains(language == Language.EN ? "percentiles of the surveyed salaries" : "调研薪酬样本的百分位"),
                markdown);
        assertTrue(markdown.contains(language == Language.EN ? "46th percentile" : "第46百分位"), markdown);
        assertFalse(ANY_PLACEHOLDER.matcher(markdown).find(), markdown);
    }

    static InterviewScored seedInterview(Language language) {
        InterviewContext context = new InterviewContext(new Candidate("李伟", "li.wei@example.com"),
                new Position("Python Backend Developer", "mid", "London"), language,
                List.of(new PlannedStage("tech", 0.4), new PlannedStage("hr", 0.3), new PlannedStage("boss", 0.3)));
        Instant at = Instant.parse("2025-03-03T10:00:00Z");
        List<StageResult> results = List.of(
                new StageResult("tech", "tech-2026.11-1", 70, List.of(), List.of(new Exchange("tech-1",
                        "请介绍一个你最近参与、并且引以为傲的项目。", false,
                        "我有3年Python后端开发经验，最近负责订单服务的重构。", at)), false, List.of(), at, at),
                new StageResult("hr", "hr-2026.11-1", 77.5, List.of(), List.of(new Exchange("hr-4",
                        "你对这个职位的薪资期望是多少？", false, "目前月薪25K，期望35K-45K。", at)), false, List.of(), at, at),
                new StageResult("boss", "boss-2026.11-1", 72.5, List.of(), List.of(), false, List.of(), at, at));
        return new InterviewScored(UUID.randomUUID(), UUID.randomUUID(), at, context,
                List.of(new StageScore("tech", 0.4, 70), new StageScore("hr", 0.3, 77.5),
                        new StageScore("boss", 0.3, 72.5)), 73, Band.CONSIDER, "Consider", false, results,
                List.of());
    }
}
