package io.interviews.offer.service;

import io.interviews.events.Language;
import io.interviews.events.LetterKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LetterCheckTest {

    private static final LocalDate LETTER_DATE = LocalDate.of(2025, 3, 3);
    private static final LocalDate START_DATE = LETTER_DATE.plusDays(30);
    private static final String CLEAN_OFFER = """
            # Offer of employment

            Dear Mei Lin, we are delighted to offer you the position of **Backend Engineer** at Example Ltd.
            - **Annual base salary:** GBP 72,500
            """;

    @Test
    void aCleanOfferPasses() {
        assertDoesNotThrow(() -> LetterCheck.verify(offer(CLEAN_OFFER, START_DATE)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{name}", "{letter.salary}", "[Company name]", "[公司名称]", "【公司名称】", "［姓名］", "｛姓名｝", "[]"})
    void anUnfilledPlaceholderIsRefused(String placeholder) {
        LetterRefusedException refused = assertThrows(LetterRefusedException.class,
                () -> LetterCheck.verify(offer(CLEAN_OFFER + "Signed, " + placeholder + "\n", START_DATE)));

        assertTrue(refused.getMessage().contains("unfilled placeholder '" + placeholder + "'"), refused.getMessage());
    }

    @Test
    void aPlaceholderInAFeedbackLetterIsRefusedToo() {
        LetterDraft feedback = new LetterDraft(LetterKind.FEEDBACK, Language.ZH, "尊敬的{name}：", LETTER_DATE, null,
                null, null);

        assertThrows(LetterRefusedException.class, () -> LetterCheck.verify(feedback));
    }

    @Test
    void anOfferStartingOnTheLetterDateIsRefused() {
        LetterRefusedException refused = assertThrows(LetterRefusedException.class,
                () -> LetterCheck.verify(offer(CLEAN_OFFER, LETTER_DATE)));

        assertTrue(refused.getMessage().contains("start date 2025-03-03 is not after the letter date 2025-03-03"),
                refused.getMessage());
    }

    @Test
    void anOfferStartingBeforeTheLetterDateOrWithoutAStartDateIsRefused() {
        assertThrows(LetterRefusedException.class,
                () -> LetterCheck.verify(offer(CLEAN_OFFER, LETTER_DATE.minusDays(1))));
        assertThrows(LetterRefusedException.class, () -> LetterCheck.verify(offer(CLEAN_OFFER, null)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Communication was weak in places.", "We noted some concerns about testing.",
            "The candidate lacks depth in SQL.", "Recommendation: borderline, human review.",
            "沟通能力有所不足。", "系统设计经验欠缺。"})
    void aNegativeFindingInAnOfferIsRefused(String finding) {
        LetterRefusedException refused = assertThrows(LetterRefusedException.class,
                () -> LetterCheck.verify(offer(CLEAN_OFFER + finding + "\n", START_DATE)));

        assertTrue(refused.getMessage().contains("negative finding"), refused.getMessage());
    }

    @Test
    void aFeedbackLetterMayNameAreasToImprove() {
        LetterDraft feedback = new LetterDraft(LetterKind.FEEDBACK, Language.EN,
                "## Areas you may wish to develop\n- **System design**: lacks depth on caching.\n", LETTER_DATE, null,
                null, null);

        assertDoesNotThrow(() -> LetterCheck.verify(feedback));
    }

    @Test
    void wordsThatOnlyContainANegativeStemAreNotFindings() {
        assertDoesNotThrow(() -> LetterCheck.verify(offer(CLEAN_OFFER + "Role: Failover Platform Engineer\n",
                START_DATE)));
    }

    private static LetterDraft offer(String markdown, LocalDate startDate) {
        return new LetterDraft(LetterKind.OFFER, Language.EN, markdown, LETTER_DATE, startDate,
                LETTER_DATE.plusDays(9), null);
    }
}
