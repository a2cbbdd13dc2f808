package io.interviews.stage.rubric;

import io.interviews.events.Language;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RubricInterviewerTest {

    private final RubricInterviewer interviewer = new RubricInterviewer(StageBankLoader.fromClasspath("sample"));
    private static final RubricInterviewer TECH = new RubricInterviewer(ShippedData.TECH);

    /** An answer to sample-1 with the candidate's own actions, specifics, a reason and an outcome. */
    private static final String SOLID_RELIABILITY_ANSWER = "Last spring our order service lost about 300 orders during a "
            + "flash sale, so I was asked to fix it. I put a durable Kafka topic in front of the service so that taking an "
            + "order never waited for processing, and made the consumer idempotent with the order id as the key, because "
            + "retries had created duplicate charges. I added an alert on consumer lag and ran a load test at three times "
            + "the expected peak before the next sale. In that sale we took 4,000 orders a minute and lost none, which I "
            + "checked against the payment records. Looking back, I would have added the lag alert first.";

    /** A real tech-1 answer (own part, scale, a decision with its reason) ending in a figure nobody measured. */
    private static final String PROJECT_WITH_AN_UNMEASURED_FIGURE = "I rebuilt the payment service of an online shop, "
            + "which handles about 2,000 requests per second at peak. My own part was the storage layer: I moved us from "
            + "one large PostgreSQL table to monthly partitions, because the nightly clean-up was blocking writes for "
            + "minutes. I also chose Kafka instead of RabbitMQ for the payment events, because we needed to replay them "
            + "after an outage. Latency improved by 80%.";

    /** A real tech-1 answer in Chinese: own part, scale, decisions with their reasons and cost, a measured outcome. */
    private static final String STRONG_PROJECT_ZH = "我重构了一个网店的支付服务，峰值每秒大约3000个请求。我自己负责存储层："
            + "因为夜间清理会把写入阻塞好几分钟，我把一张很大的PostgreSQL表改成按月分区，代价是每个查询都要带上月份。我还为支付事件选择了Kafka而不是RabbitMQ，"
            + "因为故障之后需要重放。上线后延迟降低了80%。";

    private static Optional<Ask> afterTech1(Language language, String answer) {
        return TECH.next(language, TECH.opening(language), answer);
    }

    @Test
    void opensWithTheFirstMainQuestion() {
        Ask first = interviewer.opening(Language.EN);

        assertEquals(new Ask("sample-1", "How would you make an order service reliable?", false, 1, 3), first);
    }

    @Test
    void thinAnswerGetsOneFollowUpProbingTheFirstTwoMissedPoints() {
        Ask first = interviewer.opening(Language.EN);

        // rated below the bar; its keywords touch only "monitoring", so the probe asks for the first two missed points
        Ask followUp = interviewer.next(Language.EN, first, "We watch the metrics.").orElseThrow();

        assertEquals(new Ask("sample-1-followup",
                "How would you decouple intake from processing? What happens when a message is delivered twice?",
                true, 1, 3), followUp);
    }

    @Test
    void chineseFollowUpIsInChinese() {
        Ask first = interviewer.opening(Language.ZH);

        Ask followUp = interviewer.next(Language.ZH, first, "我们会看看监控指标。").orElseThrow();

        assertEquals("sample-1-followup", followUp.questionId());
        assertEquals("你会如何把接收和处理解耦？同一条消息被投递两次会怎样？", followUp.text());
    }

    @Test
    void anAnswerInALanguageItDoesNotReadIsAskedForAgainInTheInterviewsLanguage() {
        String spanish = WrittenLanguageTest.IN_OTHER_LANGUAGES.get(0);

        assertEquals(new Ask("tech-1-followup", "I can only read answers written in English or Chinese, and this "
                + "interview is held in English. Could you give your answer again in English?", true, 1, 6),
                afterTech1(Language.EN, spanish).orElseThrow());
        assertEquals("我只能阅读用中文或英文写的回答，本次面试使用中文。请您用中文再回答一次这个问题。",
                afterTech1(Language.ZH, spanish).orElseThrow().text());
    }

    @Test
    void anAnswerThatMeetsTheBarMovesToTheNextQuestion() {
        Ask first = interviewer.opening(Language.EN);

        Ask next = interviewer.next(Language.EN, first, SOLID_RELIABILITY_ANSWER).orElseThrow();

        assertEquals("sample-2", next.questionId());
        assertFalse(next.followUp());
        assertEquals(2, next.number());
    }

    @Test
    void followUpIsAskedAtMostOncePerQuestion() {
        Ask followUp = interviewer.next(Language.EN, interviewer.opening(Language.EN), "No idea.").orElseThrow();
        assertTrue(followUp.followUp());

        Ask next = interviewer.next(Language.EN, followUp, "Still no idea.").orElseThrow();

        assertEquals("sample-2", next.questionId());
        assertFalse(next.followUp());
    }

    @Test
    void answeringTheLastQuestionCompletesTheStage() {
        Ask last = new Ask("sample-3", "How do you choose between two designs?", false, 3, 3);

        Optional<Ask> afterStrong = interviewer.next(Language.EN, last, "Last year I had to choose between two designs for "
                + "our billing export. I built a small prototype of each in two days, measured both against a copy of "
                + "production data, and picked the streaming one because it finished in 40 minutes instead of 6 hours, "
                + "even though it was harder to debug. I wrote the trade-off down so the team could revisit it.");
        Optional<Ask> afterFollowUp = interviewer.next(Language.EN,
                new Ask("sample-3-followup", "Which trade-offs did you weigh?", true, 3, 3), "None.");

        assertTrue(afterStrong.isEmpty());
        assertTrue(afterFollowUp.isEmpty());
    }

    @Test
    void figureWithoutAnyWordOfMeasurementIsProbedInAnAnswerThatMeetsTheBar() {
        Ask probe = afterTech1(Language.EN, PROJECT_WITH_AN_UNMEASURED_FIGURE).orElseThrow();

        assertEquals(new Ask("tech-1-followup", "You mentioned 80%. How did you measure that, and against which baseline?",
                true, 1, 6), probe);
    }

    @Test
    void figureThatWasMeasuredNeedsNoProbe() {
        Ask next = afterTech1(Language.EN, PROJECT_WITH_AN_UNMEASURED_FIGURE.replace("Latency improved by 80%.",
                "Latency improved by 80%, as we measured on our dashboards.")).orElseThrow();

        assertEquals("tech-2", next.questionId());
    }

    @Test
    void toolNamedWithoutDetailIsProbedInAnAnswerThatMeetsTheBar() {
        Ask probe = afterTech1(Language.EN, "I led the move of our payment service to Kubernetes. The service takes 3,000 "
                + "requests per second at peak. My part was the migration plan: I moved one endpoint a week and kept the old "
                + "virtual machines as a fallback until error rates matched, because a failed payment costs real money. We "
                + "chose that platform instead of plain virtual machines. Deployments went from forty minutes to five, which "
                + "we measured, and we had no payment incident during the move. Looking back, I would have automated the "
                + "traffic switch earlier.").orElseThrow();

        assertEquals("You mentioned Kubernetes. What exactly did it do in that system, and why that rather than something else?",
                probe.text());
    }

    @Test
    void aStrongAnswerIsNotProbedForAFigureItLeftUnexplained() {
        QuestionBank bank = TECH.stageBank().bank(Language.ZH);
        double rating = TECH.rater().assess(TECH.stageBank(), Language.ZH, bank.questions().get(0),
                java.util.List.of(STRONG_PROJECT_ZH)).meanRating();
        assertTrue(rating >= RubricInterviewer.PROBE_CLAIMS_BELOW, "rated " + rating);

        Ask next = afterTech1(Language.ZH, STRONG_PROJECT_ZH).orElseThrow();

        assertEquals("tech-2", next.questionId(), "a strong answer has shown enough");
    }

    /** Read in Chinese, as written, it needs no follow-up; read as English it was off-topic, rated 1 and probed. */
    @Test
    void aStrongAnswerInChineseToAnEnglishInterviewIsNotProbedAndTheInterviewGoesOnInEnglish() {
        Ask next = afterTech1(Language.EN, STRONG_PROJECT_ZH).orElseThrow();

        assertEquals(TECH.nextMainQuestion(Language.EN, TECH.opening(Language.EN)).orElseThrow(), next);
    }

    @Test
    void chineseFigureWithoutMeasurementIsProbedInChinese() {
        Ask probe = afterTech1(Language.ZH, "我做过订单服务的重构，峰值每秒3000个请求。我们选择了Kafka而不是RabbitMQ，因为需要重放。"
                + "上线后延迟降低了80%。").orElseThrow();

        assertEquals("你提到了80%。这个数字是怎么测出来的，和什么基线比较？", probe.text());
        assertTrue(probe.followUp());
    }
}
