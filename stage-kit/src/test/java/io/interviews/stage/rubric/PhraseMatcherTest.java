package io.interviews.stage.rubric;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhraseMatcherTest {

    private static boolean found(String text, String keyword) {
        return PhraseMatcher.occursIn(PhraseMatcher.normalize(text), keyword);
    }

    @Test
    void latinKeywordMatchesWholeWordsOnly() {
        assertTrue(found("We exposed a REST API.", "api"));
        assertFalse(found("It was a rapid rollout.", "api"));
        assertFalse(found("We built a cache layer.", "ache"));
    }

    @Test
    void trailingWildcardMatchesAnyEnding() {
        assertTrue(found("The service scales horizontally.", "scal*"));
        assertTrue(found("Scalability mattered.", "scal*"));
        assertFalse(found("We rescaled images.", "scal*"));
    }

    @Test
    void hyphensCaseAndSpacingDoNotMatter() {
        assertTrue(found("The main Trade-Off was cost.", "trade off*"));
        assertTrue(found("We had a one-on-one.", "one on one"));
        assertTrue(found("a   Load\ntest", "load test*"));
    }

    @Test
    void digitsMayTouchALatinKeyword() {
        assertTrue(found("about 40k a year", "k"));
        assertTrue(found("p99 went down", "p99"));
    }

    @Test
    void chineseKeywordMatchesInsideTextWithoutSpaces() {
        assertTrue(found("我们用消息队列来削峰填谷", "消息队列"));
        assertTrue(found("我们用消息队列来削峰填谷", "削峰"));
        assertTrue(found("我们用Kafka做异步解耦", "kafka"));
        assertFalse(found("我们用数据库直接写入", "队列"));
    }
}
