package io.interviews.stage.rubric;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ChineseScriptTest {

    @Test
    void traditionalCharactersAndTaiwansTermsReadAsSimplifiedChinese() {
        assertEquals("我把单个MySQL数据库拆成按区域部署的服务，并用消息队列解耦，因为服务器的性能不够。",
                ChineseScript.simplified("我把單個MySQL資料庫拆成按區域部署的服務，並用訊息佇列解耦，因為伺服器的效能不夠。"));
        assertEquals("后来我发现程序在等一个锁", ChineseScript.simplified("後來我發現程式在等一個鎖"));
    }

    @Test
    void simplifiedChineseAndOtherTextAreReturnedAsTheyAre() {
        String simplified = "我们查了资料，程式这个词在大陆很少用。";
        assertSame(simplified, ChineseScript.simplified(simplified), "mainland 资料 (materials) is not Taiwan's 資料");
        String english = "I moved the export to a replica.";
        assertSame(english, ChineseScript.simplified(english));
    }
}
