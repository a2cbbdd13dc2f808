package io.interviews.stage.rubric;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SaidBeforeTest {

    private static final String CLAIM = "We improved it by 40%, cut costs 3x and reached 99.99% uptime with 2000 rps.";

    /** What a candidate has said after saying {@code first}. */
    private static SaidBefore after(String first) {
        SaidBefore said = SaidBefore.nothing();
        assertTrue(said.add(first), "nothing was said before the first sentence");
        return said;
    }

    @Test
    void aSentenceSaidAgainWordForWordOrInOtherCaseAndSpacingIsRepeated() {
        assertFalse(after(CLAIM).add(CLAIM));
        assertFalse(after(CLAIM).add("we improved  it by 40%, cut costs 3x and reached 99.99% uptime with 2000 RPS."));
    }

    @Test
    void aSentenceWithAFigureOrAWordChangedIsRepeated() {
        assertFalse(after(CLAIM).add("We improved it by 45%, cut costs 3x and reached 99.99% uptime with 2000 rps."));
        assertFalse(after(CLAIM).add("We improved it by 40%, cut costs 3x and reached 99.9% uptime with 2500 rps."));
    }

    @Test
    void chineseIsComparedTheSameWay() {
        SaidBefore said = after("回头看，我学到了很多，下次我会因为这些权衡而做得不一样。");

        assertFalse(said.add("回头看，我学到了很多，下次我会因为这些权衡做得不一样。"));
        assertTrue(said.add("我把导出任务挪到从库上，每晚失败的结账从大约250次降到了零。"));
    }

    @Test
    void differentSentencesAboutTheSameProjectAreNotRepeats() {
        SaidBefore said = after("I led the move of seat reservations from one MySQL database to regional services.");

        assertTrue(said.add("The regional services cut checkout errors from 1.2% to 0.3% within a month."));
        assertTrue(said.add("I led the move of our billing jobs from cron to a queue-driven worker."));
    }

    @Test
    void shortSentencesAreRepeatsOnlyWordForWord() {
        assertFalse(after("I don't know.").add("I don't know."));
        assertTrue(after("I don't know.").add("I don't know that."));
    }

    @Test
    void aCopyLeavesTheOriginalAsItWas() {
        SaidBefore said = SaidBefore.nothing();
        said.copy().add(CLAIM);

        assertTrue(said.add(CLAIM));
    }
}
