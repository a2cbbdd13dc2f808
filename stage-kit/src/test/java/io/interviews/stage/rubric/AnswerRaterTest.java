package io.interviews.stage.rubric;

import io.interviews.events.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerRaterTest {

    private static final StageBank SAMPLE = StageBankLoader.fromClasspath("sample");

    private static Question reliabilityQuestion(Language language) {
        return SAMPLE.bank(language).questions().get(0);
    }

    @Test
    void strongEnglishAnswerRatesAtLeastTwoPointsAboveWeakAnswer() {
        Question question = reliabilityQuestion(Language.EN);
        String strong = "I would put a Kafka queue in front of the processing. Consumers are idempotent, so retries are safe. "
                + "Before launch we run load tests and benchmarks. Metrics and alerts tell us when it degrades.";
        String weak = "I would make sure the code is good and the servers are fine.";

        int strongRating = AnswerRater.assess(question, List.of(strong)).rating();
        int weakRating = AnswerRater.assess(question, List.of(weak)).rating();

        assertEquals(5, strongRating);
        assertEquals(1, weakRating);
    }

    @Test
    void strongChineseAnswerRatesAtLeastTwoPointsAboveWeakAnswer() {
        Question question = reliabilityQuestion(Language.ZH);
        String strong = "我会在处理前面放一个Kafka队列。消费者做成幂等的，重试也安全。上线前做压测和基准测试。用指标和告警监控它的健康状况。";
        String weak = "我会保证代码质量，服务器也要好一点。";

        int strongRating = AnswerRater.assess(question, List.of(strong)).rating();
        int weakRating = AnswerRater.assess(question, List.of(weak)).rating();

        assertTrue(strongRating - weakRating >= 2, "strong " + strongRating + " vs weak " + weakRating);
        assertEquals(5, strongRating);
    }

    @Test
    void sameAnswerTwiceGivesIdenticalAssessment() {
        Question question = reliabilityQuestion(Language.EN);
        String answer = "We used a queue and retries. I wrote load tests.";

        assertEquals(AnswerRater.assess(question, List.of(answer)), AnswerRater.assess(question, List.of(answer)));
    }

    @Test
    void evidenceIsTheVerbatimSentenceWhereThePointWasFound() {
        Question question = reliabilityQuestion(Language.EN);
        String answer = "Honestly, it was hard.  We put a Kafka queue in between!\nRetries were idempotent. The rest was luck.";

        QuestionAssessment assessment = AnswerRater.assess(question, List.of(answer));

        PointAssessment queue = assessment.points().get(0);
        assertEquals(List.of("We put a Kafka queue in between!"), queue.evidence());
        PointAssessment idempotency = assessment.points().get(1);
        assertEquals(List.of("Retries were idempotent."), idempotency.evidence());
        assessment.points().stream().flatMap(point -> point.evidence().stream())
                .forEach(quote -> assertTrue(answer.contains(quote), quote));
    }

    @Test
    void chineseEvidenceIsCutAtChinesePunctuation() {
        Question question = reliabilityQuestion(Language.ZH);
        String answer = "这个问题很难。我们在中间加了一个队列，然后做了压测！其余的就靠运气了。";

        QuestionAssessment assessment = AnswerRater.assess(question, List.of(answer));

        assertEquals(List.of("我们在中间加了一个队列，然后做了压测！"), assessment.points().get(0).evidence());
        assertEquals(List.of("我们在中间加了一个队列，然后做了压测！"), assessment.points().get(2).evidence());
    }

    @Test
    void oneKeywordEarnsHalfCreditAndTwoEarnFullCredit() {
        Question question = reliabilityQuestion(Language.EN);

        QuestionAssessment assessment = AnswerRater.assess(question, List.of("We used a queue. Kafka was the queue."));
        QuestionAssessment named = AnswerRater.assess(question, List.of("We used a queue."));

        assertEquals(1.0, assessment.points().get(0).credit());
        assertEquals(0.5, named.points().get(0).credit());
        assertEquals(0.0, named.points().get(1).credit());
    }

    @Test
    void followUpAnswerCountsTowardsTheSameQuestion() {
        Question question = reliabilityQuestion(Language.EN);

        QuestionAssessment mainOnly = AnswerRater.assess(question, List.of("We used a queue."));
        QuestionAssessment withFollowUp = AnswerRater.assess(question,
                List.of("We used a queue.", "Consumers are idempotent and we have alerts."));

        assertTrue(mainOnly.needsFollowUp());
        assertFalse(withFollowUp.needsFollowUp());
        assertEquals(3, withFollowUp.coveredCount());
    }
}
