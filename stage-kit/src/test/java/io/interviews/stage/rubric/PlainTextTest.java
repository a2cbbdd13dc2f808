package io.interviews.stage.rubric;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainTextTest {

    @Test
    void markdownEmphasisHeadingsListsAndQuotesAreDropped() {
        String markdown = """
                ### Situation
                **I owned** the *checkout* service, written in `Go`.
                1. I cut p99 from 800 ms to 120 ms.
                2.
                - measured with __k6__
                > a quoted line""";

        assertEquals("""
                Situation
                I owned the checkout service, written in Go.
                I cut p99 from 800 ms to 120 ms.

                measured with k6
                a quoted line""", PlainText.of(markdown));
    }

    @Test
    void htmlTagsBecomeSpaces() {
        assertEquals("I moved the jobs to a queue.  It halved the cost. ",
                PlainText.of("<p>I moved the jobs to a queue.</p><p class=\"x\">It halved the cost.</p>"));
    }

    @Test
    void fencedCodeIsKeptAsWritten() {
        String answer = """
                **My fix:**
                ```python
                # 1. count
                return [w for w, _ in Counter(text.split()).most_common(k)]
                ```
                - O(n log n)""";

        assertEquals("""
                My fix:
                ```python
                # 1. count
                return [w for w, _ in Counter(text.split()).most_common(k)]
                ```
                O(n log n)""", PlainText.of(answer));
    }

    @Test
    void spokenFillersAreDropped() {
        assertEquals("so we had, a cue backlog. I mean we had no alerts, I fixed it.",
                PlainText.of("Um, so we had, uh, you know, a cue backlog. Hmm. I mean we had no alerts, like, I fixed it, you know."));
        assertEquals("我说一下订单系统，我们用的rocketMQ，金额，一万多单",
                PlainText.of("嗯我说一下那个，订单系统，呃，我们用的rocketMQ，就是，金额，一万多单"));
    }

    @Test
    void wordsThatAreNotFillersAreKept() {
        String prose = "You know the system I mean: it works like a queue. Yeah is not a filler here; nor 5 mm, "
                + "嗯 nothing, 唔系 in Cantonese, 那个订单, 就是这个问题.";

        assertEquals(prose.replace("嗯", ""), PlainText.of(prose));
    }

    @Test
    void plainProseIsUnchanged() {
        String prose = "I chose Kafka over RabbitMQ because we needed replay; 3 of 4 teams agreed (the fourth did not).";

        assertEquals(prose, PlainText.of(prose));
    }
}
