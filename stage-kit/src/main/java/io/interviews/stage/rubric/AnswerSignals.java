package io.interviews.stage.rubric;

import io.interviews.events.Language;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * What a hiring manager listens for in an answer, whatever the question: how much was said, specifics (numbers,
 * named systems, code), the candidate's own actions in the first person (and "we"), reasons and trade-offs,
 * outcomes, reflection, hedging, what the candidate says was not theirs (someone else decided or did it, they
 * never did or measured it), overclaiming (certainty where a trade-off belongs, nothing to improve, the blame on
 * others, sweeping credit), and boilerplate: the stock phrases that fit any answer and any candidate ("best
 * practices", "seamless", "Overall, this experience taught me the importance of", 最佳实践, 显著提升, 总的来说),
 * the stuff of an answer pasted from a chat assistant; the two languages' lists say the same things, so that the
 * same answer in either counts alike. Courtesy is not among them: "Great question, thank you" is how people talk.
 * Counted with small language-wide word lists that know nothing of any question bank; the answer model weighs them
 * (fitted on labelled answers), and the most telling sentences become evidence.
 */
public record AnswerSignals(int words, int specifics, int firstPerson, int we, int reasoning, int outcome,
                            int reflection, int hedging, int notOwn, int overclaim, int boilerplate) {

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*|\\d+(?:[.,]\\d+)?");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("\\h+");
    private static final Pattern NUMBER = Pattern.compile(
            "\\d+(?:[.,]\\d+)?\\s*(?:%|percent|x\\b|ms\\b|s\\b|k\\b|m\\b|gb\\b|mb\\b|tb\\b|qps\\b|rps\\b)?"
                    + "|\\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|thousand|"
                    + "million|billion|half|double|twice|triple)\\b"
                    + "|[一二两三四五六七八九十百千万亿半][一二两三四五六七八九十百千万亿]*(?:个|倍|次|年|月|周|天|小时|分钟|秒|人|万|亿|成|%)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A capitalised word inside a sentence, an acronym or a CamelCase name: a named system, tool or product. Words
     * that start sentences ({@link Sentences#OPENERS}) are not names, also where a sentence is not closed with a stop.
     */
    private static final Pattern NAMED = Pattern.compile("(?<=[a-z,;:(/]\\s)(?!(?:"
            + String.join("|", Sentences.OPENERS) + ")\\b)[A-Z][A-Za-z0-9+#.]+|\\b[A-Z]{2,}[A-Za-z0-9]*\\b"
            + "|\\b[a-z]+[A-Z][A-Za-z0-9]*\\b");
    /** Latin words inside Chinese text are almost always named tools, systems or terms. */
    private static final Pattern LATIN_IN_CHINESE = Pattern.compile("(?<=\\p{IsHan}|\\s|^)[A-Za-z][A-Za-z0-9+#.-]+");

    /**
     * Someone else decided or did it: a lead, an architect, the client, another team, "he" or "she" (never the
     * candidate in an interview). Any role with up to two words before it ("the client's enterprise architects"),
     * in the active ("our tech lead chose", "the security team approved") and the passive ("was defined by the client",
     * "came from our architects") voice, and the spec or ticket deciding. Crediting a colleague for work ("two
     * colleagues built the dashboards") or being asked for something ("my manager asked for a plan") is neither.
     */
    private static final String OTHERS_EN = "(?:(?:(?:my|our|the|a|their|his|her|another) )?(?:[a-z'’-]+ ){0,2}?"
            + "(?:lead|manager|senior|architect|colleague|teammate|boss|cto|cio|director|mentor|client|vendor|"
            + "product owner|analyst|management|leadership|head office|headquarters)s?|(?:the|their|another) "
            + "(?:[a-z'’-]+ ){1,2}?team|he|she)";
    private static final String OTHER_DECIDED_EN = OTHERS_EN + " (?:usually |already |then |later |finally |had )?"
            + "(?:decided|decides|chose|chooses|picked|selected|defined|specified|mandated|dictated|prescribed|"
            + "approved|made the (?:call|decision)|came up with|designed|planned|assigned|"
            + "assigns|told (?:me|us) to|instructed|insisted|figured|found|fixed|suggested|proposed|recommended|"
            + "pointed|handles|handled|gives|gave (?:me|us)|did|wrote)\\b"
            + "|(?:decided|chosen|picked|selected|defined|specified|mandated|dictated|prescribed|approved|set|designed|"
            + "done|found|fixed|written|planned|led|proposed|suggested|recommended|assigned|given|made) by "
            + OTHERS_EN + "\\b|came from " + OTHERS_EN + "\\b"
            + "|(?:as|what) the (?:spec|ticket|story|requirements?|standard|guidelines?) (?:defines|defined|said|says|"
            + "required|requires|specified|specifies)\\b";
    /**
     * The same in Chinese: 甲方定的, 架构师决定, 由集团架构组制定, 是领导拍板的, 是部门领导和业务方开会定下来的, 他指定了,
     * 架构师让我们改成, 厂商给的, and the document deciding (按设计说明书编码, 按行里的规范改).
     */
    private static final String OTHERS_ZH = "(?:负责人|经理|领导|组长|主管|架构师|架构组|架构办|资深同事|同事|师傅|老板|甲方|"
            + "客户|行方|总行|厂商|业务方|dba|运维|总部|集团|上级|总监|leader|(?<![a-z])pm|(?<!其)他们?|她)";
    private static final String OTHER_DECIDED_ZH = "由(?!于)[^，。；]{0,8}" + OTHERS_ZH + "[^，。；]{0,4}(?:决定|定|设计|指定|制定|选)"
            + "|是[^，。；]{0,8}" + OTHERS_ZH + "[^，。；]{0,8}(?:决定|定|选|给|出|设计|指定|规划|配置|安排)(?:下来|好)?的"
            + "|" + OTHERS_ZH + "(?:通常|已经|直接|早就|都|一开始就)?(?:来做|决定|定的|定了|定好|拍板|选的|选了|选定|指定|规定|做的|"
            + "发现|修|提出|分给|安排|设计的|出的方案|给的|说了算|统一(?:规划|配置|定)|"
            + "让(?:我们|我|大家)?(?:先|直接)?(?:改|换|调|用|加|按))"
            + "|公司(?:安排|决定|规定)"
            + "|按(?:照)?[^，。；]{0,10}(?:设计文档|设计说明书|详细设计|规范|清单|手册|对照表)(?:来|一步步)?(?:开发|编码|实现|改|执行|做)";

    private static final Cues EN = new Cues(
            "\\b(?:i|i'm|i've|i'd|i'll|my|me|myself)\\b(?!\\s+(?:think|guess|believe|feel|mean|suppose|hope|don't|do not|"
                    + "am not|can't|cannot|have nothing|already|covered|said|answer))",
            "\\b(?:we|we're|we've|our|us|the team)\\b",
            "\\b(?:because|since|so that|therefore|instead|rather than|trade-?offs?|however|but|although|though|"
                    + "which meant|downside|upside|the risk|at the cost|cost of|otherwise|compared|alternative|option)\\b",
            "\\b(?:result(?:ed|s)?|reduc\\w*|drop(?:ped)?|increas\\w*|improv\\w*|cut|sav(?:ed|ing)|went from|down to|"
                    + "up to|led to|outcome|shipped|launched|delivered|released|fixed|solved|promoted|grew|faster|fewer)\\b",
            "\\b(?:learn\\w*|lesson\\w*|hindsight|looking back|differently|next time|mistake\\w*|realis\\w*|realiz\\w*|"
                    + "regret\\w*|if i did it again|would have|should have|wrong)\\b",
            "\\b(?:maybe|i guess|not sure|don't know|dont know|no idea|probably|kind of|sort of|whatever|i suppose|"
                    + "can't remember|cannot remember|don't remember|nothing special|etc)\\b",
            "\\b(?:not me|wasn't me|i wasn't the one|not the one who|(?:not|wasn't) my (?:decision|call|idea)|"
                    + "above my (?:level|pay ?grade)|i(?:'ve| have)? never (?:done|led|had|been|measured|managed|worked|"
                    + "thought|tried)|i haven't (?:really )?(?:done|led|had|been|measured|managed|started|thought|looked|"
                    + "tried|worked)|i don't have (?:any|formal|much|a lot)|"
                    + OTHER_DECIDED_EN + "|"
                    + "(?:never|didn't|did not|haven't) (?:really )?(?:measured|measure|tracked|track)|my feeling|gut feeling|"
                    + "kept my head down|i just (?:followed|did what)|i mostly (?:followed|watched|listened|kept|did what)|"
                    + "don't (?:really )?know (?:much|what|how|whether)|not sure (?:how|what|whether)|"
                    + "(?:don't|didn't) really understand)",
            "(?<!not )(?:\\b100\\s?%|\\ba hundred percent) (?:sure|certain|right|correct|confident|the right|reliab|"
                    + "success|uptime|coverage|accura|of the time)|\\b(?:absolutely|definitely|obviously|without (?:a|any) "
                    + "doubt|no doubt|undoubtedly|flawless(?:ly)?|infinitely|by far the best|"
                    + "(?:wouldn't|would not|won't|will not) change (?:a thing|anything)|nothing (?:to improve|i would change)|"
                    + "no regrets?|never (?:made a mistake|been wrong|failed)|(?:their|his|her|not my) fault|"
                    + "(?:blame|blamed) (?:on )?(?:them|the other|other)|proved (?:me|i was) right|(?:just )?as i predicted|"
                    + "exactly (?:as|like) i (?:said|predicted|told)|speak for themselves|single-?handedly|all by myself|"
                    + "on my own,? i (?:built|designed|rewrote|architected)|i (?:basically |personally )?(?:architected|"
                    + "built|designed|rewrote|did) (?:the )?(?:entire|whole)|(?:the )?(?:entire|whole) (?:thing|company|"
                    + "platform|system|architecture) (?:was|is) (?:mine|my (?:idea|design|doing))|"
                    + "(?:they|he|she|the team|the others|other teams|people|nobody|no one|management|the pm) (?:didn't|did not|"
                    + "couldn't|could not|wouldn't|would not|refused to) (?:keep up|listen|follow)|"
                    + "people (?:usually |always |eventually )?come around)\\b",
            "\\b(?:overall,|in conclusion|"
                    + "in summary|to summari[sz]e|ensur(?:e|es|ed|ing)|leverag\\w*|seamless(?:ly)?|robust|holistic\\w*|"
                    + "synerg\\w*|proactive(?:ly)?|best practices?|industry standards?|stakeholders?|alignment|"
                    + "align(?:ed|ing)? with|cross-functional|significant(?:ly)?|substantial(?:ly)?|empower\\w*|various|"
                    + "crucial|vital|essential|passionate|growth mindset|continuous (?:improvement|learning)|data-driven|"
                    + "(?:business|measurable|meaningful|tangible) (?:value|impact|results|outcomes)|valuable "
                    + "(?:lessons?|experience|insights?)|(?:taught|reinforced|showed) me (?:the importance|the value)|"
                    + "the importance of|commitment to|fast-paced|excellence|this experience|in (?:a|my) previous "
                    + "(?:project|role|company|position|team)|i believe|positive (?:impact|attitude|environment|"
                    + "relationships?|outcomes?))\\b");
    private static final Cues ZH = new Cues(
            "我(?!们|觉得|认为|猜|不|刚才|已经|没有更多)",
            "我们|团队",
            "因为|所以|因此|而不是|但是|不过|虽然|权衡|取舍|风险|代价|成本|否则|相比|对比|方案|选择",
            "结果|降低|降到|降了|提升|提高|减少|节省|上线|最终|效果|解决|缩短|增长|晋升|从.{1,12}到",
            "学到|教训|回头看|反思|下次|如果重来|意识到|错误|后悔|本应|应该早|做得不好",
            "不知道|不清楚|不太|可能吧|大概|应该吧|随便|差不多|没想过|说不好|记不清|之类|等等",
            "不是我(?:做|定|决定|提|负责)|(?:从来|从)没(?:有)?(?:做|带|负责|遇到|管|测|量|想)|还没(?:有)?(?:带|做|开始|负责|遇到|管)|"
                    + OTHER_DECIDED_ZH + "|"
                    + "超出了?我的|没(?:有)?(?:测过|测量|量化|统计过|跟踪)|没怎么想过|感觉上|我只是(?:跟着|按照)",
            "(?<![不没能有])(?:百分之百|百分百)|绝对(?:是|正确|没问题)|毫无疑问|毋庸置疑|显而易见|无懈可击|零失误|"
                    + "无限(?:扩展|扩容)|(?:不会|不想)(?:改变|改)(?:任何|什么)|没(?:有)?什么(?:需要|可以|要)?(?:改变|改进|改的)|"
                    + "没有(?:任何)?遗憾|从(?:来)?没(?:有)?(?:错|失败|犯过错)|"
                    + "(?:都|全)是(?:他们|别人|其他(?:团队|人|部门)|对方)的(?:问题|错|责任)|不是我的(?:问题|错|责任)|"
                    + "(?:事实|结果)证明(?:我|了我)|(?:跟|和|正如)我(?:说|预料|预测)的一样|一手(?:打造|搭建|设计|主导)|"
                    + "(?:全部|整个|所有).{0,8}都是我(?:一个人)?(?:做|设计|搭|定|写)|我一个人(?:搞定|扛|包办)|"
                    + "(?:他们|他|她|团队|别人|其他人|其他团队)(?:都)?跟不上|不听我的|(?:不|没)按(?:照)?我的|(?:最后|后来)(?:都|也)?(?:服了|听我的)",
            "总的来说|总而言之|综上所述|总之，|确保|借助|无缝|"
                    + "健壮|稳健|全面(?:提升|保障|梳理|评估)|协同|积极主动|最佳实践|行业标准|利益相关方|相关方|对齐|跨部门|"
                    + "显[著着]|大幅(?:度)?(?:提升|提高|降低|减少)|赋能|各种|至关重要|必不可少|热爱|激情|成长型思维|"
                    + "持续(?:改进|学习)|数据驱动|业务价值|可衡量的|宝贵的?(?:经验|一课|收获)|重要性|致力于|快节奏|卓越|"
                    + "这(?:次|段)经历|在(?:之前|以前|上一家公司)的(?:一个)?项目中|我相信|积极(?:的)?(?:影响|态度|氛围|关系)");

    /** Counts the signals in the sentences of an answer (injection-screened). */
    public static AnswerSignals of(Language language, List<String> sentences) {
        // the cues are written with single spaces: "rather than" said with two is still said
        String text = HORIZONTAL_SPACE.matcher(PlainText.of(String.join("\n", sentences))).replaceAll(" ");
        String lower = text.toLowerCase();
        Cues cues = language == Language.ZH ? ZH : EN;
        int han = count(HAN, text);
        int latin = count(LATIN_WORD, text);
        // a Chinese word is about 1.5 characters: words make answers of both languages comparable in length
        int words = latin + (int) Math.round(han / 1.5);
        // in text written in capitals every word looks like an acronym: its capitals name nothing
        int named = language == Language.ZH ? count(LATIN_IN_CHINESE, text)
                : count(NAMED, mostlyCapitals(text) ? lower : text);
        int code = (int) text.lines().filter(line -> line.strip().startsWith("```") || line.strip().startsWith("~~~")).count();
        return new AnswerSignals(words, count(NUMBER, lower) + named + code, count(cues.firstPerson, lower),
                count(cues.we, lower), count(cues.reasoning, lower), count(cues.outcome, lower),
                count(cues.reflection, lower), count(cues.hedging, lower), count(cues.notOwn, lower),
                count(cues.overclaim, lower), count(cues.boilerplate, lower));
    }

    /**
     * Whether anything besides words was said: a specific, an action, a reason, an outcome, reflection, hedging …
     * Boilerplate is not: "Overall, the importance of best practices is crucial" after a follow-up says nothing.
     */
    public boolean carryEvidence() {
        return specifics + firstPerson + we + reasoning + outcome + reflection + hedging + notOwn + overclaim > 0;
    }

    /**
     * The sentences worth quoting as evidence, most telling first: those with specifics, the candidate's own
     * actions, reasons, outcomes and reflection (ties keep the answer's order).
     */
    public static List<String> telling(Language language, List<String> sentences, int limit) {
        int[] weights = sentences.stream().mapToInt(sentence -> weight(language, sentence)).toArray();
        return IntStream.range(0, sentences.size()).boxed()
                .filter(i -> weights[i] > 0)
                .sorted(Comparator.comparingInt((Integer i) -> -weights[i]).thenComparing(i -> i))
                .limit(limit)
                .map(sentences::get)
                .toList();
    }

    private static int weight(Language language, String sentence) {
        AnswerSignals signals = of(language, List.of(sentence));
        return signals.words < 4 ? 0 : signals.specifics + signals.firstPerson + signals.reasoning + signals.outcome
                + signals.reflection - signals.hedging - signals.notOwn - signals.overclaim - signals.boilerplate;
    }

    private static boolean mostlyCapitals(String text) {
        long upper = text.chars().filter(c -> c >= 'A' && c <= 'Z').count();
        long lower = text.chars().filter(c -> c >= 'a' && c <= 'z').count();
        return upper > lower;
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private record Cues(Pattern firstPerson, Pattern we, Pattern reasoning, Pattern outcome, Pattern reflection,
                        Pattern hedging, Pattern notOwn, Pattern overclaim, Pattern boilerplate) {

        Cues(String firstPerson, String we, String reasoning, String outcome, String reflection, String hedging,
             String notOwn, String overclaim, String boilerplate) {
            this(Pattern.compile(firstPerson), Pattern.compile(we), Pattern.compile(reasoning), Pattern.compile(outcome),
                    Pattern.compile(reflection), Pattern.compile(hedging), Pattern.compile(notOwn),
                    Pattern.compile(overclaim), Pattern.compile(boilerplate));
        }
    }
}
