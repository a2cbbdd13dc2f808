package io.interviews.stage.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The forms of characters that say the same thing, read as the one the tables, signal words and banks are written in:
 * the same answer must not rate otherwise for how it was typed. Chinese in Traditional characters (Taiwan, Hong Kong,
 * Macau) as Simplified — by {@code traditional-chinese.txt} beside this class (ICU4J's Traditional-Simplified
 * transliteration of each character, written by the evaluation module's {@code traditional-chinese} command), then,
 * in text that had Traditional characters, the software terms Taiwan and Hong Kong say otherwise (資料庫 → 数据库);
 * written Cantonese (Hong Kong, Guangdong) as the Mandarin it says, where its own characters show it (佢哋 → 他们,
 * 嘅 → 的, 冇 → 没有); and the full-width letters, digits and percent signs of a Chinese keyboard (Ｋａｆｋａ, ３０００,
 * ３０％) and a word processor's curly apostrophes as ASCII. Full-width punctuation, which Chinese is written with
 * (，：), stays. Text with none of these is returned as it is (three dev answers of the labelled set hold a curly
 * apostrophe; no other answer holds any).
 */
public final class CharacterForms {

    private static final String TABLE = "traditional-chinese.txt";

    /**
     * Marks, in the table, a character Simplified Chinese writes too (著 of 显著, 後, 於); the evaluation module's
     * {@code traditional-chinese} command writes it.
     */
    public static final char ALSO_SIMPLIFIED = '~';
    /** Each character's Simplified form, by its code; 0 where it has none. */
    private static final char[] SIMPLIFIED = new char[Character.MAX_VALUE + 1];
    /** The characters of {@link #SIMPLIFIED} Simplified Chinese writes too: read as Traditional only beside others. */
    private static final boolean[] ALSO_WRITTEN_SIMPLIFIED = new boolean[Character.MAX_VALUE + 1];

    static {
        load();
    }

    /**
     * Taiwan's terms, in Simplified characters, and the mainland's; a term holding another comes before it
     * (资料库 before 资料). Only terms with one sense in an interview about software work.
     */
    private static final String[][] TERMS = {{"网际网路", "互联网"}, {"使用者介面", "用户界面"}, {"资料库", "数据库"},
            {"伺服器", "服务器"}, {"软体", "软件"}, {"硬体", "硬件"}, {"程式码", "代码"}, {"原始码", "源代码"},
            {"程式", "程序"}, {"网路", "网络"}, {"记忆体", "内存"}, {"执行绪", "线程"}, {"快取", "缓存"}, {"伫列", "队列"},
            {"演算法", "算法"}, {"物件", "对象"}, {"预设", "默认"}, {"品质", "质量"}, {"最佳化", "优化"}, {"丛集", "集群"},
            {"负载平衡", "负载均衡"}, {"效能", "性能"}, {"硬碟", "硬盘"}, {"登入", "登录"}, {"回馈", "反馈"},
            {"设定档", "配置文件"}, {"记录档", "日志"}, {"档案", "文件"}, {"资讯", "信息"}, {"资安", "信息安全"},
            {"专案", "项目"}, {"讯息", "消息"}, {"连结", "链接"}, {"模组", "模块"}, {"元件", "组件"}, {"函式", "函数"},
            {"变数", "变量"}, {"除错", "调试"}, {"透过", "通过"}, {"结帐", "结账"}, {"使用者", "用户"}, {"介面", "接口"},
            {"资料", "数据"}, {"云端", "云"}, {"影片", "视频"}, {"实作", "实现"}, {"封包", "数据包"}, {"频宽", "带宽"},
            {"扩充", "扩展"}, {"排程器", "调度器"}, {"排程", "调度"}, {"预存程序", "存储过程"}, {"整合测试", "集成测试"},
            {"架设", "搭建"}, {"分散式", "分布式"}, {"非同步", "异步"}, {"回圈", "循环"}, {"阵列", "数组"},
            {"字串", "字符串"}, {"行动装置", "移动设备"}};

    /**
     * Characters written Cantonese uses and Mandarin does not, marked by code: text with one of them is read as
     * Cantonese. A look-up, not a pattern: every answer and every keyword matched against it is made canonical.
     */
    private static final boolean[] CANTONESE = marked("嘅咗冇哋喺啲嘢嚟噉嗰乜");
    /** 係 is Cantonese "is"; ICU would read it as 系, which in 關係 (relation) it is. */
    private static final Pattern CANTONESE_IS = Pattern.compile("(?<![關关])係");

    /**
     * Cantonese words, in Simplified characters, and the Mandarin for them; a word holding another comes before it.
     * Read only in Cantonese text: 吓 (Mandarin "scare") is Cantonese "a bit", as in 睇吓 (have a look).
     */
    private static final String[][] CANTONESE_WORDS = {{"佢哋", "他们"}, {"我哋", "我们"}, {"你哋", "你们"},
            {"乜嘢", "什么"}, {"咩嘢", "什么"}, {"点解", "为什么"}, {"点样", "怎样"}, {"而家", "现在"}, {"呢个", "这个"},
            {"呢啲", "这些"}, {"嗰个", "那个"}, {"嗰啲", "那些"}, {"一啲", "一些"}, {"成日", "经常"}, {"边个", "谁"},
            {"冇", "没有"}, {"嘅", "的"}, {"咗", "了"}, {"喺", "在"}, {"佢", "他"}, {"啲", "些"}, {"嘢", "东西"},
            {"咩", "什么"}, {"睇", "看"}, {"嚟", "来"}, {"畀", "给"}, {"俾", "给"}, {"咁", "这么"}, {"噉", "这样"},
            {"嗰", "那"}, {"唔", "不"}, {"吓", "一下"}, {"啱", "对"}, {"搵", "找"}, {"揾", "找"}, {"攞", "拿"}};

    private CharacterForms() {
    }

    /** {@code text} in the forms the tables are made of; the same string when it has none of the others. */
    static String canonical(String text) {
        boolean cantonese = isCantonese(text);
        String typed = cantonese ? CANTONESE_IS.matcher(text).replaceAll("是") : text;
        String read = simplified(typed);
        if (cantonese) {
            for (String[] word : CANTONESE_WORDS) {
                read = read.replace(word[0], word[1]);
            }
        }
        return read;
    }

    private static boolean isCantonese(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (CANTONESE[text.charAt(i)]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Traditional characters as Simplified, with Taiwan's terms, and full-width letters and digits as ASCII. Text is
     * Traditional when it has a character only Traditional Chinese writes: a mainland answer's 显著 stays 显著, and its
     * 资料 (materials) is not Taiwan's 資料 (data).
     */
    private static String simplified(String text) {
        boolean traditional = text.chars().anyMatch(c -> SIMPLIFIED[c] != 0 && !ALSO_WRITTEN_SIMPLIFIED[c]);
        char[] characters = null;
        for (int i = 0; i < text.length(); i++) {
            char typed = text.charAt(i);
            char simplified = traditional || !ALSO_WRITTEN_SIMPLIFIED[typed] ? SIMPLIFIED[typed] : 0;
            char read = simplified != 0 ? simplified : ascii(typed);
            if (read != typed) {
                if (characters == null) {
                    characters = text.toCharArray();
                }
                characters[i] = read;
            }
        }
        if (characters == null) {
            return text;
        }
        String read = new String(characters);
        if (traditional) {
            for (String[] term : TERMS) {
                read = read.replace(term[0], term[1]);
            }
        }
        return read;
    }

    /**
     * The ASCII form of a full-width letter, digit, % or decimal point, and of a curly apostrophe (don’t, I’m: the
     * signal words are written don't, I'm); any other character as it is.
     */
    private static char ascii(char typed) {
        boolean letterOrDigit = (typed >= '０' && typed <= '９') || (typed >= 'Ａ' && typed <= 'Ｚ')
                || (typed >= 'ａ' && typed <= 'ｚ');
        if (letterOrDigit || typed == '％' || typed == '．') {
            return (char) (typed - 0xFEE0);
        }
        return typed == '’' || typed == '‘' ? '\'' : typed;
    }

    private static boolean[] marked(String characters) {
        boolean[] marks = new boolean[Character.MAX_VALUE + 1];
        characters.chars().forEach(c -> marks[c] = true);
        return marks;
    }

    private static void load() {
        try (InputStream in = CharacterForms.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is not on the classpath");
            }
            // each line: a Traditional character and its Simplified form, both of the Basic Multilingual Plane,
            // after ~ where Simplified Chinese writes the character too
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(line -> {
                boolean alsoSimplified = line.charAt(0) == ALSO_SIMPLIFIED;
                String pair = alsoSimplified ? line.substring(1) : line;
                SIMPLIFIED[pair.charAt(0)] = pair.charAt(1);
                ALSO_WRITTEN_SIMPLIFIED[pair.charAt(0)] = alsoSimplified;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
    }
}
