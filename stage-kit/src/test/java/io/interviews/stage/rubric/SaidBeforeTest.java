package io.interviews.stage.rubric;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SaidBeforeTest {

    private static final String CLAIM = "We improved it by 40%, cut costs 3x and reached 99.99% uptime with 2000 rps.";

    @Test
    void aSentenceSaidAgainWordForWordOrInOtherCaseAndSpacingIsRepeated() {
        SaidBefore said = SaidBefore.nothing();

        assertTrue(said.add(CLAIM));
        assertFalse(said.add(CLAIM));
        assertFalse(said.add("we improved  it by 40%, cut costs 3x and reached 99.99% uptime with 2000 RPS."));
    }

    @Test
    void aSentenceWithAFigureOrAWordChangedIsRepeated() {
        SaidBefore said = SaidBefore.nothing();
        said.add(CLAIM);

        assertFalse(said.add("We improved it by 45%, cut costs 3x and reached 99.99% uptime with 2000 rps."));
        assertFalse(said.add("We improved it by 40%, cut costs 3x and reached 99.9% uptime with 2500 rps."));
    }

    @Test
    void chineseIsComparedTheSameWay() {
        SaidBefore said = SaidBefore.nothing();
        said.add("回头看，我学到了很多，下次我会因为这些权衡而做得不一样。");

        assertFalse(said.add("回头看，我学到了很多，下次我会因为这些权衡做得不一样。"));
        assertTrue(said.add("我把导出任务挪到从库上，每晚失败的结账从大约250次降到了零。"));
    }

    @Test
    void differentSentencesAboutTheSameProjectAreNotRepeats() {
        SaidBefore said = SaidBefore.nothing();
        said.add("I led the move of seat reservations from one MySQL database to regional services.");

        assertTrue(said.add("The regional services cut checkout errors from 1.2% to 0.3% within a month."));
        assertTrue(said.add("I led the move of our billing jobs from cron to a queue-driven worker."));
    }

    @Test
    void shortSentencesAreRepeatsOnlyWordForWord() {
        SaidBefore said = SaidBefore.nothing();
        said.add("I don't know.");

        assertFalse(said.add("I don't know."));
        assertTrue(said.add("I don't know that."));
    }

    @Test
    void aCopyLeavesTheOriginalAsItWas() {
        SaidBefore said = SaidBefore.nothing();
        SaidBefore copy = said.copy();
        copy.add(CLAIM);

        assertTrue(said.add(CLAIM));
    }
}
