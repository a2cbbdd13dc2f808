package io.interviews.stage.rubric;

import io.interviews.events.Language;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RubricInterviewerTest {

    private final RubricInterviewer interviewer = new RubricInterviewer(StageBankLoader.fromClasspath("sample"));

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
}
