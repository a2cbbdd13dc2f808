package io.interviews.stage.rubric;

import io.interviews.events.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class CharacterFormsTest {

    @Test
    void traditionalCharactersAndTaiwansTermsReadAsSimplifiedChinese() {
        assertEquals("我把单个MySQL数据库拆成按区域部署的服务，并用消息队列解耦，因为服务器的性能不够。",
                CharacterForms.canonical("我把單個MySQL資料庫拆成按區域部署的服務，並用訊息佇列解耦，因為伺服器的效能不夠。"));
        assertEquals("后来我发现程序在等一个锁", CharacterForms.canonical("後來我發現程式在等一個鎖"));
    }

    @Test
    void writtenCantoneseReadsAsTheMandarinItSays() {
        assertEquals("我们的系统是用Kafka的，他们现在没有监控，我看一下先。",
                CharacterForms.canonical("我哋嘅系統係用Kafka嘅，佢哋而家冇監控，我睇吓先。"));
        assertEquals("他们的关系不错", CharacterForms.canonical("佢哋嘅關係唔錯"), "係 in 關係 is the 系 of relation, not 'is'");
        assertEquals("他们吓了一跳", CharacterForms.canonical("他们吓了一跳"), "without Cantonese characters, Mandarin as it is");
    }

    @Test
    void fullWidthLettersDigitsAndPercentSignsReadAsAsciiAndChinesePunctuationStays() {
        assertEquals("用Kafka后，错误率从1.2%降到0.3%，延迟3000ms：够了",
                CharacterForms.canonical("用Ｋａｆｋａ后，错误率从１．２％降到０．３％，延迟３０００ｍｓ：够了"));
    }

    @Test
    void curlyApostrophesAreTheOnesTheSignalWordsAreWrittenWith() {
        assertEquals("I didn't measure it, and I'm not sure it 'worked'.",
                CharacterForms.canonical("I didn’t measure it, and I’m not sure it ‘worked’."));
        assertEquals(AnswerSignals.of(Language.EN, List.of("I didn't measure it.")),
                AnswerSignals.of(Language.EN, List.of("I didn’t measure it.")));
    }

    @Test
    void simplifiedChineseAndOtherTextAreReturnedAsTheyAre() {
        String simplified = "我们查了资料，程式这个词在大陆很少用。";
        assertSame(simplified, CharacterForms.canonical(simplified), "mainland 资料 (materials) is not Taiwan's 資料");
        String alsoTraditional = "资料显示，接口性能显著提升，俱乐部的系统后来也用了。";
        assertSame(alsoTraditional, CharacterForms.canonical(alsoTraditional),
                "著, 俱 and 后 are Simplified Chinese too: nothing here is Traditional");
        assertEquals("接着我把数据库拆开，后来性能显着提升", CharacterForms.canonical("接著我把資料庫拆開，後來性能顯著提升"),
                "beside other Traditional characters, 著 and 後 are read as Traditional");
        String english = "I moved the export to a replica.";
        assertSame(english, CharacterForms.canonical(english));
    }
}
