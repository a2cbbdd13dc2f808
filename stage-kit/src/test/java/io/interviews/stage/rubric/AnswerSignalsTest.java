package io.interviews.stage.rubric;

import io.interviews.events.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AnswerSignalsTest {

    @Test
    void workTheCandidateSaysWasSomeoneElsesOrNeverDoneIsNotTheirOwn() {
        assertEquals(4, signals(Language.EN, "The architecture was decided by our lead, not me. A colleague found the "
                + "leak. It felt faster, but I never measured it.").notOwn());
        assertEquals(3, signals(Language.ZH, "这个方案不是我定的，是负责人决定的。我从来没做过容量规划。").notOwn());
    }

    @Test
    void whoeverElseDecidedItIsNamedInMoreWaysThanOne() {
        assertEquals(3, signals(Language.EN, "The design was done by the client side architects. The bigger projects "
                + "were led by seniors, and the client decided the stack.").notOwn());
        assertEquals(1, signals(Language.ZH, "需求和架构都是甲方定的，我按文档开发接口。").notOwn());
        assertEquals(0, signals(Language.EN, "The rollout was led by me, and the design review by our architect went "
                + "well.").notOwn());
    }

    @Test
    void anyRoleWithItsQualifiersDecidingInEitherVoiceIsSomeoneElsesDecision() {
        assertEquals(4, signals(Language.EN, "The service split was defined by the client's enterprise architects. "
                + "Our tech lead and the client's CTO chose Next.js. The design came from our solution architects, "
                + "and the topic has 12 partitions, as the spec defines.").notOwn());
        assertEquals(3, signals(Language.ZH, "接口规范由集团架构组统一制定。用哪个框架是项目经理拍板的。他指定了缓存方案。")
                .notOwn());
        // an organisation, a lead telling the team what to change, the document
        assertEquals(3, signals(Language.ZH, "整体架构是行方架构组和厂商一起定下来的。架构师让我们改成分页查询，我按设计说明书编码。")
                .notOwn());
        assertEquals(2, signals(Language.ZH, "技术路线都是总行统一规划的，具体做什么还是公司安排。").notOwn());
        assertEquals(0, signals(Language.ZH, "其他要求我都按时完成了，由于时间紧，我决定先上线核心功能。").notOwn());
    }

    @Test
    void delegatingOrCreditingOthersInAStrongStoryIsNotCountedAgainstTheCandidate() {
        assertEquals(0, signals(Language.EN, "I designed the pipeline and wrote the consumers; two colleagues built the "
                + "dashboards. My manager asked for a plan, so I measured the baseline first.").notOwn());
        assertEquals(0, signals(Language.ZH, "我设计了新的事件流水线，另外两位同事负责监控大盘。").notOwn());
        assertEquals(0, signals(Language.ZH, "我说服了架构组改用消息队列，客户给了我们两周，我按这个节奏排了计划。").notOwn());
        assertEquals(0, signals(Language.ZH, "我决定按团队的代码规范重写，由于时间紧，我让同事先上线核心功能。").notOwn());
    }

    @Test
    void certaintyNothingToImproveAndBlameOnOthersAreOverclaiming() {
        assertEquals(3, signals(Language.EN, "It was 100% the right call and I wouldn't change anything. The outage "
                + "happened because the other teams didn't follow the design.").overclaim());
        assertEquals(3, signals(Language.ZH, "这个决定百分之百正确，我不会改变任何东西。出问题都是其他团队的责任。").overclaim());
    }

    @Test
    void hedgedOrMeasuredStatementsAreNotOverclaiming() {
        assertEquals(0, signals(Language.EN, "We were not 100% sure it was the driver. CPU hit 100% at nine, so I "
                + "measured it: the fix took p99 from 2 s to 180 ms. I would change the rollout next time.").overclaim());
        assertEquals(0, signals(Language.EN, "As I said, I couldn't keep up at first and didn't listen to my mentor; "
                + "Kafka's guaranteed delivery was new to me.").overclaim());
        assertEquals(0, signals(Language.ZH, "我们当时不能百分之百确定。我测了一周，p99 从 2 秒降到 180 毫秒，下次我会先灰度。")
                .overclaim());
        assertEquals(0, signals(Language.ZH, "刚开始我有点跟不上，后来每天多看一小时代码。").overclaim());
    }

    @Test
    void stockPhrasesThatFitAnyAnswerAreBoilerplate() {
        assertEquals(3, signals(Language.EN, "Great question. We followed best practices to ensure seamless scaling.")
                .boilerplate(), "courtesy is not boilerplate");
        assertEquals(3, signals(Language.ZH, "首先，我们遵循最佳实践，显著提升了系统性能。总的来说，收获很大。").boilerplate());
        assertEquals(0, signals(Language.EN, "I keyed the topic by order id, so a retry lands on the same partition; "
                + "p99 went from 900 ms to 140 ms.").boilerplate());
    }

    @Test
    void boilerplateAloneSaysNothing() {
        assertFalse(signals(Language.EN, "Overall, the importance of best practices is crucial.").carryEvidence());
        assertFalse(signals(Language.ZH, "总的来说，这就是最佳实践的重要性。").carryEvidence());
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
