package io.interviews.stage.rubric;

import io.interviews.events.Language;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RubricInterviewerTest {

    private final RubricInterviewer interviewer = new RubricInterviewer(StageBankLoader.fromClasspath("sample"));
    private static final RubricInterviewer TECH = new RubricInterviewer(StageBankLoader.fromDirectory(
            Path.of(System.getProperty("user.dir")).getParent().resolve("interviewer-tech/src/main/resources/interview-stages/tech"),
            "tech"));

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

        // covers only "monitoring": 1 of 4 points
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
    void answerCoveringHalfThePointsMovesToTheNextQuestion() {
        Ask first = interviewer.opening(Language.EN);

        Ask next = interviewer.next(Language.EN, first, "A queue in front, and retries.").orElseThrow();

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

        Optional<Ask> afterStrong = interviewer.next(Language.EN, last, "I weigh the trade-offs and build a prototype.");
        Optional<Ask> afterFollowUp = interviewer.next(Language.EN,
                new Ask("sample-3-followup", "Which trade-offs did you weigh?", true, 3, 3), "None.");

        assertTrue(afterStrong.isEmpty());
        assertTrue(afterFollowUp.isEmpty());
    }

    @Test
    void figureWithoutAnyWordOfMeasurementIsProbed() {
        Ask probe = afterTech1(Language.EN, "I led the rewrite of a service with 2,000 requests per second at peak. We chose "
                + "Kafka instead of RabbitMQ because we needed replay. Latency improved by 80%.").orElseThrow();

        assertEquals(new Ask("tech-1-followup", "You mentioned 80%. How did you measure that, and against which baseline?",
                true, 1, 6), probe);
    }

    @Test
    void figureThatWasMeasuredNeedsNoProbe() {
        Ask next = afterTech1(Language.EN, "I led the rewrite of a service with 2,000 requests per second at peak. We chose "
                + "Kafka instead of RabbitMQ because we needed replay. Latency improved by 80%, as we measured on our "
                + "dashboards.").orElseThrow();

        assertEquals("tech-2", next.questionId());
    }

    @Test
    void toolNamedWithoutDetailIsProbed() {
        Ask probe = afterTech1(Language.EN, "I led the move to Kubernetes. The service takes 3,000 requests per second at "
                + "peak. We chose that platform instead of plain virtual machines. Deployments got faster, which we measured.")
                .orElseThrow();

        assertEquals("You mentioned Kubernetes. What exactly did it do in that system, and why that rather than something else?",
                probe.text());
    }

    @Test
    void chineseFigureWithoutMeasurementIsProbedInChinese() {
        Ask probe = afterTech1(Language.ZH, "我主导了订单服务的重构，峰值每秒3000个请求。我们选择了Kafka而不是RabbitMQ，因为需要重放。"
                + "上线后延迟降低了80%。").orElseThrow();

        assertEquals("你提到了80%。这个数字是怎么测出来的，和什么基线比较？", probe.text());
        assertTrue(probe.followUp());
    }
}
