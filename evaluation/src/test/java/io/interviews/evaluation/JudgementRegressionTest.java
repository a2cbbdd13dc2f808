package io.interviews.evaluation;

import com.ibm.icu.text.Transliterator;
import io.interviews.events.Band;
import io.interviews.events.BandThresholds;
import io.interviews.events.DimensionRating;
import io.interviews.events.Language;
import io.interviews.stage.rubric.AnswerEmbeddings;
import io.interviews.stage.rubric.AnswerRater;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.QuestionAssessment;
import io.interviews.stage.rubric.RubricInterviewer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped rubric brain against the held-out {@code test} split and the holdout interviews, with thresholds a
 * little below the targets in stage-kit's README, so that a change that judges worse fails the build. Nothing here
 * is fitted: the brain is the one the services load.
 */
class JudgementRegressionTest {

    /** The most an off-topic answer may rate: "below the bar" at best. */
    private static final double OFF_TOPIC_AT_MOST = 2.0;
    /** The most a holdout candidate's total may be from its labelled total, in points. */
    private static final double MAX_HOLDOUT_DISTANCE = 25;
    /**
     * How near the offer line a holdout's labelled total may be and still land on either side of it: a sixth of the
     * 30-point step from "below the bar" to "meets the bar", 0.17 of a mean rating; a writer's label is no surer.
     */
    private static final double OFFER_LINE_MARGIN = 5;
    /**
     * The most the bilingual holdout people's stage scores may differ between the languages, on average: 6.7 points
     * measured (the issue's target is 5 for every pair), held a little above where it is.
     */
    private static final double MAX_HOLDOUT_LANGUAGE_GAP = 8;

    /**
     * Holdout candidates the brain misjudges by more than a band, run once as written and reported, not hidden: the
     * eleventh file's services-company developer (ticket-level work, decisions by the client's architects, fluent
     * answers) scores 73.4 CONSIDER for a label of 58.7 NO_HIRE (75.9 before the mean scale), tech stage 79.0 where
     * its labels give about 60 — fluent answers about tools used, with nobody's decision of their own, read as strong.
     * The twelfth file's outsourcing developer (Chinese, written by another writer: CRUD work on a client's site, the
     * client deciding) is the same miss: 72.0 CONSIDER for 59.3, answers labelled 2 rated about 2.9. The thirteenth
     * file has it twice more, by two more writers: an insurer's on-site contractor (Chinese) 82.6 HIRE for 58.0, and a
     * bank's integration engineer writing 240–550 words an answer 92.4 STRONG_HIRE for 77.2 CONSIDER — long, specific
     * answers about work inside someone else's decisions, rated about 1.1 above their labels, answer after answer.
     * The fourteenth file, six candidates each meant to land near the offer line, is rated above its labels five
     * times out of six, three of them two bands up: a senior by tenure whose answers stay thin on why and how much
     * (72.8 CONSIDER for 59.5), an engineer strong on tech but dismissive of colleagues and vague on plans (82.5 HIRE
     * for 67.9; hr and boss answers labelled 2.3 and 2.0 on average rated 3.0) and a government-IT project lead
     * writing long, official answers about the client's standard solutions (80.0 HIRE for 65.7).
     */
    private static final Set<String> KNOWN_MISSES = Set.of("services-borderline-en", "outsourcing-dev-zh",
            "onsite-contractor-zh", "bank-it-solid-en", "title-inflated-en", "strong-tech-weak-people-en",
            "gov-it-vendor-zh");

    /**
     * How far the holdouts labelled BORDERLINE may be rated above their labels, and those labelled STRONG_HIRE below,
     * on average: +7.3 and −3.8 points measured (2026-12-06, 10 and 14 candidates), held a little beyond. The brain
     * pulls totals towards the middle; a change that pulls harder fails.
     */
    private static final double MAX_BORDERLINE_RATED_ABOVE = 9;
    private static final double MAX_STRONG_HIRE_RATED_BELOW = 5;

    private static Map<String, RubricInterviewer> interviewers;
    private static List<LabelledAnswer> test;
    private static Report report;
    private static List<HoldoutInterviews.Result> holdouts;

    @BeforeAll
    static void rateTheTestSplitAndTheHoldouts() {
        var stages = EvalCommand.shippedStages();
        interviewers = EvalCommand.interviewers(stages, new AnswerRater(AnswerEmbeddings::shared));
        test = EvalSet.load(stages).stream().filter(answer -> answer.split() == LabelledAnswer.Split.TEST).toList();
        report = Evaluation.run(new RubricJudge(interviewers), test, 100, 20261130);
        System.out.print(report.render("Rubric brain on the test split"));
        holdouts = HoldoutInterviews.score(new RubricJudge(interviewers));
        System.out.print(HoldoutInterviews.render(holdouts));
    }

    @Test
    void stageScoresRankCandidatesAsTheLabelsDoInEveryStageAndLanguage() {
        report.stages().forEach(stage -> {
            assertTrue(stage.stageScoreSpearman() >= 0.7, stage.toString());
            assertTrue(stage.minDimensionSpearman() >= 0.65, stage.toString());
        });
    }

    /**
     * The acceptance bars of automated essay scoring (ETS's e-rater): rounded ratings agree with the labels at a
     * quadratic-weighted κ of 0.70 or more in every stage and language (0.77–0.87 measured), and neither language is
     * rated further from its labels than 0.15 of their standard deviation (+0.02 en, +0.04 zh).
     */
    @Test
    void ratingsMeetTheAgreementBarsOfAutomatedEssayScoring() {
        report.stages().forEach(stage -> assertTrue(stage.quadraticKappa() >= 0.70, stage.toString()));
        assertEquals(Set.of("en", "zh"), report.standardizedDifferenceByLanguage().keySet());
        report.standardizedDifferenceByLanguage().forEach((language, difference) ->
                assertTrue(Math.abs(difference) <= 0.15, language + " " + difference));
    }

    @Test
    void ratingsLandWithinAboutHalfAnAnchorOfTheLabels() {
        report.stages().forEach(stage -> assertTrue(stage.ratingMae() <= 0.7, stage.toString()));
    }

    @Test
    void nobodyWhoMeetsTheBarEverywhereIsRejectedAndFewBelowItGetAnOffer() {
        assertTrue(report.meetsTheBarEverywhere() > 20 && report.belowTheBarEverywhere() > 20, report.toString());
        assertEquals(0, report.falseRejectRate(), "false rejects");
        assertTrue(report.falseOfferRate() <= 0.07, "false offers " + report.falseOfferRate());
    }

    /**
     * Whole synthetic interviews land in their labelled band: 170 of 200 since the mean scale, 159 before it, when
     * labelled STRONG_HIRE interviews were mostly called HIRE (10 of 40 recognised, 25 now) and labelled BORDERLINE
     * ones mostly CONSIDER (6 of 16 in their band, 10 now). Held a little below where it is.
     */
    @Test
    void mostInterviewsLandInTheirLabelledBand() {
        int inBand = report.bandConfusion().entrySet().stream()
                .mapToInt(row -> row.getValue().getOrDefault(row.getKey(), 0)).sum();
        assertTrue(inBand >= 0.82 * report.interviews(), inBand + " of " + report.interviews() + ": "
                + report.bandConfusion());
    }

    @Test
    void fewInterviewsGoToReview() {
        assertTrue(report.reviewRate() <= 0.2, "review rate " + report.reviewRate());
    }

    @Test
    void strongAnswersRarelyNeedAFollowUpAndWeakOnesUsuallyDo() {
        report.followUpRateByLevel().forEach((language, byLevel) -> {
            assertTrue(byLevel.get("4") <= 0.25, language + " " + byLevel);
            assertTrue(byLevel.get("2") >= 0.75, language + " " + byLevel);
        });
    }

    /**
     * In or next to the labelled band, on the labelled side of the offer line unless labelled right next to it, and
     * not far from the labelled total: the overclaimer of the third file was 30 points above its label (58.4 for
     * 28.4) before the overclaim signal, in a band it may share with its label; the furthest now is fluent-empty-en.
     * Except the {@link #KNOWN_MISSES}' band, which no change has fixed yet; they are still held to the rest.
     */
    @Test
    void candidatesByOtherWritersLandInTheirLabelledBandOrNextToIt() {
        double offerLine = BandThresholds.DEFAULT.borderline();
        assertAll(holdouts.stream().map(result -> () -> {
            assertTrue(result.bandsOff() <= 1 || KNOWN_MISSES.contains(result.candidate()), result.toString());
            if (Math.abs(result.labelTotal() - offerLine) > OFFER_LINE_MARGIN) {
                assertFalse(result.acrossTheOfferLine(), "offer or not, as labelled: " + result);
            }
            assertTrue(Math.abs(result.total() - result.labelTotal()) <= MAX_HOLDOUT_DISTANCE, result.toString());
        }));
        Map<String, Map<String, Double>> gaps = HoldoutInterviews.bilingual(holdouts);
        assertTrue(gaps.size() >= 6, "bilingual holdout people: " + gaps.keySet());
        double meanGap = gaps.values().stream().flatMap(byStage -> byStage.values().stream())
                .mapToDouble(Math::abs).average().orElseThrow();
        assertTrue(meanGap <= MAX_HOLDOUT_LANGUAGE_GAP, "mean |en − zh| of the bilingual holdouts " + meanGap);
    }

    @Test
    void holdoutsNearTheOfferLineAndAtTheTopAreNotPulledFurtherTowardsTheMiddleThanToday() {
        Map<Band, Double> bias = HoldoutInterviews.biasByLabelledBand(holdouts);
        assertAll(
                () -> assertTrue(bias.get(Band.BORDERLINE) <= MAX_BORDERLINE_RATED_ABOVE,
                        "labelled BORDERLINE, total minus label " + bias.get(Band.BORDERLINE)),
                () -> assertTrue(bias.get(Band.STRONG_HIRE) >= -MAX_STRONG_HIRE_RATED_BELOW,
                        "labelled STRONG_HIRE, total minus label " + bias.get(Band.STRONG_HIRE)));
    }

    /**
     * The challenge answers, which nothing is fitted on: fluent, specific accounts of work whose decisions were
     * someone else's (labelled about 2) rate 0.92 above their labels in English and 1.39 in Chinese (1.47 and 1.50
     * before `notOwn` read whoever else decided and the English labelled set had answers of this kind, 1.45 before it
     * read an organisation deciding, telling or the document deciding in Chinese); the same
     * workplaces with the candidate's own decisions, reasons and measurements about 0.4 above. Long answers (300–550
     * words, 600–1,100 Chinese characters) at levels 2, 3 and 4, all about as long, rate 1.26 above their labels in
     * English and 1.40 in Chinese, the level-2 ones over the bar (3.6 and 3.9): a long, fluent, detailed answer reads
     * as a strong one. Held a little above where they are, so that a change which widens a gap fails; the target is 0
     * for all.
     */
    @Test
    void fluentDetailIsNotRatedFurtherAboveItsLabelsThanToday() {
        Map<String, ChallengeAnswers.Style> styles = ChallengeAnswers.score(new RubricJudge(interviewers),
                EvalSet.challenge(EvalCommand.shippedStages())).stream()
                .collect(Collectors.toMap(style -> style.style() + " " + style.language().code(), style -> style));
        assertTrue(styles.get("executor en").bias() <= 1.0, styles.get("executor en").toString());
        assertTrue(styles.get("executor zh").bias() <= 1.45, styles.get("executor zh").toString());
        assertTrue(styles.get("long en").bias() <= 1.35, styles.get("long en").toString());
        assertTrue(styles.get("long zh").bias() <= 1.5, styles.get("long zh").toString());
        for (String owner : List.of("owner en", "owner zh")) {
            assertTrue(Math.abs(styles.get(owner).bias()) <= 0.45, styles.get(owner).toString());
        }
    }

    /**
     * The robustness checks (evaluation README): strong test answers given to another stage's question rate 0.23 (en)
     * and 0.21 (zh) below the same answers as written, Chinese ones with their characters shuffled 0.92 below; English
     * ones with their words shuffled rate as written (+0.01: the brain reads words, not their order). A person gives
     * both 1. Held a little short of where they are, so that a change which reads them more like the answers as written
     * fails.
     */
    @Test
    void strongAnswersGivenToAnotherQuestionOrShuffledRateNoCloserToTheAnswersAsWrittenThanToday() {
        Map<String, Double> rating = Robustness.score(new RubricJudge(interviewers), test, 20261130).stream()
                .collect(Collectors.toMap(result -> result.check() + " " + result.language().code(),
                        Robustness.Result::meanRating));
        for (String language : List.of("en", "zh")) {
            double asWritten = rating.get("AS_WRITTEN " + language);
            assertTrue(rating.get("ANOTHER_STAGES_QUESTION " + language) <= asWritten - 0.15, language + " " + rating);
        }
        assertTrue(rating.get("WORDS_SHUFFLED zh") <= rating.get("AS_WRITTEN zh") - 0.6, rating.toString());
        assertTrue(rating.get("WORDS_SHUFFLED en") <= rating.get("AS_WRITTEN en") + 0.1, rating.toString());
    }

    /**
     * A stage whose answers read as answers to other questions goes to a person (stage-kit's {@code QuestionWords}):
     * with every answer given to the question at its place in the next stage, 217 of the holdout interviews' 258
     * stages do (35 did before, for other reasons); as written, 3 do, as before, none for that reason.
     */
    @Test
    void aStageAnsweredWithAnotherStagesAnswersGoesToAPersonWhileTheHoldoutsAsWrittenDoNot() {
        Robustness.HoldoutStages stages = Robustness.holdoutStages(new RubricJudge(interviewers));
        assertEquals(258, stages.stages());
        assertTrue(stages.reviewedAsWritten() <= 3, stages.toString());
        assertTrue(stages.reviewedElsewhere() >= 0.75 * stages.stages(), stages.toString());
    }

    /**
     * The issue's target is 5 points for every pair; the paired test interviews measure 3.0 on average and 6.9 at
     * most (see stage-kit's README; 2.4 and 5.5 before only the English model learnt from the challenge answers' first
     * batch), held a little above where it is. Before the mean scale they measured 2.8 and
     * 8.6 (held at 9 then; 6.0 before the brain counted boilerplate, when it was held at 8).
     */
    @Test
    void theSameInterviewInEnglishAndChineseScoresAlike() {
        assertTrue(report.pairedMeanDifference() <= 4, "mean |en − zh| " + report.pairedMeanDifference());
        assertTrue(report.pairedMaxDifference() <= 8, "max |en − zh| " + report.pairedMaxDifference());
    }

    /**
     * Chatter (src/test/resources/off-topic, nothing is fitted on it) rates "below the bar" at best on every
     * question, while no test answer labelled "meets the bar" or better is taken for off-topic.
     */
    @Test
    void chatterRatesBelowTheBarEverywhereAndNoGoodTestAnswerIsOffTopic() throws IOException {
        for (Language language : Language.values()) {
            List<String> chatter = offTopicTexts(language);
            assertTrue(chatter.size() >= 20, language + " off-topic texts: " + chatter.size());
            for (RubricInterviewer interviewer : interviewers.values()) {
                for (Question question : interviewer.stageBank().bank(language).questions()) {
                    for (String text : chatter) {
                        assess(interviewer, language, question, text).ratings().forEach((dimension, rating) ->
                                assertTrue(rating <= OFF_TOPIC_AT_MOST, language + " " + question.id() + " "
                                        + dimension + " " + rating + ": " + text));
                    }
                }
            }
        }
        List<LabelledAnswer> good = EvalSet.load(EvalCommand.shippedStages()).stream()
                .filter(answer -> answer.split() == LabelledAnswer.Split.TEST && answer.meanLabel() >= 3).toList();
        assertTrue(good.size() > 100, "good test answers: " + good.size());
        for (LabelledAnswer answer : good) {
            RubricInterviewer interviewer = interviewers.get(answer.stage());
            Question question = interviewer.stageBank().bank(answer.language()).question(answer.questionId()).orElseThrow();
            // the gate rates 1 on every dimension
            assertTrue(assess(interviewer, answer.language(), question, answer.text()).ratings().values().stream()
                    .anyMatch(rating -> rating > DimensionRating.MIN_RATING), answer.id() + " is on topic");
        }
    }

    /**
     * A candidate may answer in the other language than the interview's: every test answer rates exactly as in an
     * interview of its own language (before, an answer in the other language was off-topic and rated 1).
     */
    @Test
    void anAnswerInTheOtherLanguageThanTheInterviewsRatesAsInItsOwn() {
        RubricJudge judge = new RubricJudge(interviewers);
        List<LabelledAnswer> test = EvalSet.load(EvalCommand.shippedStages()).stream()
                .filter(answer -> answer.split() == LabelledAnswer.Split.TEST).toList();
        assertAll(test.stream().map(answer -> () -> {
            Language other = answer.language() == Language.EN ? Language.ZH : Language.EN;
            RubricInterviewer interviewer = interviewers.get(answer.stage());
            Question asked = interviewer.stageBank().bank(other).question(answer.questionId()).orElseThrow();
            assertEquals(judge.rate(answer), assess(interviewer, other, asked, answer.text()).ratings(), answer.id());
        }));
    }

    /**
     * How an answer is typed is not what it says: Markdown, a numbered list, HTML paragraphs, doubled spaces, a
     * Chinese keyboard's full-width letters and digits, a word processor's curly apostrophes or a speaker's fillers
     * (dictated: "Um, you know," or "嗯，那个，" before every sentence) move the test answers' ratings by 0.03 at most on
     * average (before: bold sentences 0.87, down to off-topic for some; a numbered list +0.44, its item numbers counted
     * as figures; doubled spaces 0.11; full-width 1.27; curly apostrophes 0.07; fillers 0.17 in English, 0.10 in
     * Chinese, strong answers down 0.24 and 0.14), and
     * capitals by about what lower case does (before: +0.80, every word in capitals an acronym).
     */
    @Test
    void theSameAnswerTypedAnotherWayRatesAlike() {
        RubricJudge judge = new RubricJudge(interviewers);
        List<LabelledAnswer> test = EvalSet.load(EvalCommand.shippedStages()).stream()
                .filter(answer -> answer.split() == LabelledAnswer.Split.TEST).toList();
        Map<String, UnaryOperator<String>> markup = Map.of(
                "bold sentences", text -> text.replaceAll("([^.!?。！？\\n]+[.!?。！？])", "**$1**"),
                "numbered sentences", text -> numbered(text.split("(?<=[.!?。！？])\\s*")),
                "HTML paragraphs", text -> "<p>" + text.replaceAll("\\n+", "</p><p>") + "</p>",
                "doubled spaces", text -> text.replace(" ", "  "),
                "full-width letters and digits", JudgementRegressionTest::fullWidth,
                "curly apostrophes", text -> text.replace("'", "\u2019"),
                "spoken fillers", text -> text.replaceAll("(?<=[.!?] )([A-Z])", "Um, you know, $1")
                        .replaceAll("(?<=[。！？])(?=.)", "嗯，那个，"));
        markup.forEach((name, retype) -> {
            double meanShift = test.stream().mapToDouble(answer -> meanShift(judge, answer, retype, true)).average()
                    .orElseThrow();
            System.out.printf("Test answers typed with %s: mean |rating change| %.3f%n", name, meanShift);
            assertTrue(meanShift <= 0.05, name + ": mean |rating change| " + meanShift);
        });
        double capitals = test.stream().filter(answer -> answer.language() == Language.EN)
                .mapToDouble(answer -> meanShift(judge, answer, text -> text.toUpperCase(Locale.ROOT), false))
                .average().orElseThrow();
        assertTrue(Math.abs(capitals) <= 0.2, "capitals: mean rating change " + capitals);
    }

    /**
     * Chinese written in Traditional characters, with the software terms of Taiwan and Hong Kong, is the same Chinese:
     * the test split's Chinese answers so written (ICU4J's Simplified-Traditional transliteration after the terms) rate
     * as they do in Simplified characters. Before stage-kit read Traditional characters, most were off-topic, rated 1.
     */
    @Test
    void chineseInTraditionalCharactersRatesAsInSimplified() {
        RubricJudge judge = new RubricJudge(interviewers);
        Transliterator traditional = Transliterator.getInstance("Simplified-Traditional");
        UnaryOperator<String> taiwanese = text -> {
            String withTerms = text;
            for (String[] term : TAIWAN_TERMS) {
                withTerms = withTerms.replace(term[0], term[1]);
            }
            return traditional.transliterate(withTerms);
        };
        List<LabelledAnswer> chinese = EvalSet.load(EvalCommand.shippedStages()).stream()
                .filter(answer -> answer.split() == LabelledAnswer.Split.TEST && answer.language() == Language.ZH)
                .toList();
        double[] shifts = chinese.stream().mapToDouble(answer -> meanShift(judge, answer, taiwanese, true)).toArray();
        double mean = Arrays.stream(shifts).average().orElseThrow();
        double largest = Arrays.stream(shifts).max().orElseThrow();
        System.out.printf("Chinese test answers in Traditional characters with Taiwan's terms: mean |rating change| "
                + "%.3f, largest %.2f (%d answers)%n", mean, largest, shifts.length);
        assertTrue(mean <= 0.1, "mean |rating change| " + mean);
    }

    /** Mainland software terms (Simplified) and what Taiwan says instead (in Simplified characters; the longer first). */
    private static final String[][] TAIWAN_TERMS = {{"数据库", "资料库"}, {"服务器", "伺服器"}, {"软件", "软体"},
            {"硬件", "硬体"}, {"代码", "程式码"}, {"程序", "程式"}, {"网络", "网路"}, {"内存", "记忆体"},
            {"线程", "执行绪"}, {"缓存", "快取"}, {"队列", "伫列"}, {"算法", "演算法"}, {"对象", "物件"},
            {"默认", "预设"}, {"质量", "品质"}, {"集群", "丛集"}, {"负载均衡", "负载平衡"}, {"性能", "效能"},
            {"文件", "档案"}, {"信息", "资讯"}, {"项目", "专案"}, {"消息", "讯息"}, {"模块", "模组"}, {"组件", "元件"},
            {"函数", "函式"}, {"变量", "变数"}, {"调试", "除错"}, {"通过", "透过"}, {"用户", "使用者"}, {"接口", "介面"},
            {"数据", "资料"}, {"视频", "影片"}, {"实现", "实作"}, {"带宽", "频宽"}, {"分布式", "分散式"},
            {"异步", "非同步"}};

    /** As a Chinese keyboard types the letters and digits of prose (Ｋａｆｋａ, ３０００); fenced code as it is. */
    private static String fullWidth(String text) {
        StringBuilder typed = new StringBuilder(text.length());
        boolean code = false;
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                code = !code;
                typed.append(line);
            } else {
                boolean inCode = code;
                line.chars().forEach(c -> typed.append(!inCode && Character.isLetterOrDigit(c) && c < 128
                        ? (char) (c + 0xFEE0) : (char) c));
            }
            typed.append('\n');
        }
        return typed.substring(0, typed.length() - 1);
    }

    private static String numbered(String[] sentences) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < sentences.length; i++) {
            list.append(i + 1).append(". ").append(sentences[i]).append('\n');
        }
        return list.toString();
    }

    /** The mean change (its magnitude when {@code absolute}) of the answer's ratings when typed as {@code retype}. */
    private static double meanShift(RubricJudge judge, LabelledAnswer answer, UnaryOperator<String> retype,
                                    boolean absolute) {
        Map<String, Double> typed = judge.rate(answer);
        Map<String, Double> retyped = judge.rate(new LabelledAnswer(answer.id(), answer.group(), answer.stage(),
                answer.questionId(), answer.language(), answer.style(), answer.level(), answer.labels(),
                retype.apply(answer.text())));
        return typed.keySet().stream().mapToDouble(dimension -> retyped.get(dimension) - typed.get(dimension))
                .map(change -> absolute ? Math.abs(change) : change).average().orElseThrow();
    }

    private static List<String> offTopicTexts(Language language) throws IOException {
        try (InputStream in = JudgementRegressionTest.class.getResourceAsStream("/off-topic/" + language.code() + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }

    private static QuestionAssessment assess(RubricInterviewer interviewer, Language language, Question question,
                                             String answer) {
        return interviewer.rater().assess(interviewer.stageBank(), language, question, List.of(answer));
    }
}
