package io.interviews.stage.rubric;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentencesTest {

    @Test
    void sentencesEndAtStopsFollowedBySpaceAndAtChineseStopsAndLineBreaks() {
        assertEquals(List.of("I cut p99 by 3.5x on checkout.", "It held.", "我们上线了。", "然后回滚了", "Done"),
                Sentences.of("I cut p99 by 3.5x on checkout. It held. 我们上线了。然后回滚了\nDone"));
    }

    @Test
    void aSentenceOpenerAfterALowerCaseWordBeginsASentenceWithoutAStop() {
        assertEquals(List.of("it has not crashed since", "We improved it by 40% and then I moved on"),
                Sentences.of("it has not crashed since We improved it by 40% and then I moved on"));
    }

    @Test
    void namesAndTheFirstPersonInsideASentenceDoNotEndIt() {
        String sentence = "we moved it to Google Cloud and then I measured it with Grafana";

        assertEquals(List.of(sentence), Sentences.of(sentence));
    }
}
