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
    void plainProseIsUnchanged() {
        String prose = "I chose Kafka over RabbitMQ because we needed replay; 3 of 4 teams agreed (the fourth did not).";

        assertEquals(prose, PlainText.of(prose));
    }
}
