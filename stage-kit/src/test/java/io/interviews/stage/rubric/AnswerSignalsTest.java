package io.interviews.stage.rubric;

import io.interviews.events.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnswerSignalsTest {

    @Test
    void workTheCandidateSaysWasSomeoneElsesOrNeverDoneIsNotTheirOwn() {
        assertEquals(4, signals(Language.EN, "The architecture was decided by our lead, not me. A colleague found the "
                + "leak. It felt faster, but I never measured it.").notOwn());
        assertEquals(3, signals(Language.ZH, "这个方案不是我定的，是负责人决定的。我从来没做过容量规划。").notOwn());
    }

    @Test
    void delegatingOrCreditingOthersInAStrongStoryIsNotCountedAgainstTheCandidate() {
        assertEquals(0, signals(Language.EN, "I designed the pipeline and wrote the consumers; two colleagues built the "
                + "dashboards. My manager asked for a plan, so I measured the baseline first.").notOwn());
        assertEquals(0, signals(Language.ZH, "我设计了新的事件流水线，另外两位同事负责监控大盘。").notOwn());
    }

    @Test
    void opinionsAndFillerAreNotFirstPersonActions() {
        assertEquals(0, signals(Language.EN, "I think I covered that already; I don't have more to add.").firstPerson());
        assertEquals(2, signals(Language.EN, "I profiled the service and my fix halved the pauses.").firstPerson());
        assertEquals(0, signals(Language.ZH, "我觉得刚才已经说过了。").firstPerson());
        assertEquals(1, signals(Language.ZH, "我把缓存改成了有界的。").firstPerson());
    }

    private static AnswerSignals signals(Language language, String answer) {
        return AnswerSignals.of(language, Sentences.of(answer));
    }
}
