package io.interviews.evaluation;

import io.interviews.events.DimensionRating;
import io.interviews.events.Exchange;
import io.interviews.events.Language;
import io.interviews.stage.rubric.Ask;
import io.interviews.stage.rubric.Dimension;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.QuestionBank;
import io.interviews.stage.rubric.RubricInterviewer;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Rates a split of the labelled set through a brain's real stage-kit code ({@link RubricJudge}: the scorecard a stage
 * service computes; {@link ModelJudge}: the openai brain's grading) and measures agreement with the labels: per
 * answer, per stage, and for synthetic whole interviews assembled from the split (one answer per main question,
 * around a target level). Follow-ups are the rubric brain's decision ({@link RubricInterviewer}).
 */
public final class Evaluation {

    /** The default plan's weights; a synthetic interview takes every shipped stage. */
    static final Map<String, Double> PLAN = Collections.unmodifiableSortedMap(new TreeMap<>(
            Map.of("tech", 0.4, "hr", 0.3, "boss", 0.3)));
    /** Fixed instant for synthetic transcripts: ratings never read the clock. */
    private static final Instant ANSWERED_AT = Instant.parse("2026-11-30T00:00:00Z");

    private Evaluation() {
    }

    /** One answer rated: the brain's unrounded rating per dimension and whether it would follow up. */
    record Rated(LabelledAnswer answer, Map<String, Double> ratings, boolean followUp) {
    }

    /** One synthetic stage interview: its predicted and labelled points, and whether it went to review. */
    public record StageRun(String stage, Language language, double score, double labelScore, boolean review,
                           Map<String, Double> labelByDimension) {
    }

    public static Report run(AnswerJudge judge, List<LabelledAnswer> answers, int interviewsPerLanguage, long seed) {
        List<Rated> rated = new ArrayList<>();
        judge.warmUp(answers);
        long cpuBefore = processCpuNanos();
        for (LabelledAnswer answer : answers) {
            rated.add(new Rated(answer, judge.rate(answer), false));
        }
        double cpuPerAnswerMillis = (processCpuNanos() - cpuBefore) / 1e6 / Math.max(1, answers.size());
        rated = rated.stream().map(r -> new Rated(r.answer(), r.ratings(), followsUp(judge.interviewer(r.answer()),
                r.answer()))).toList();

        Random random = new Random(seed);
        List<StageRun> stageRuns = new ArrayList<>();
        List<Report.InterviewRun> interviews = new ArrayList<>();
        for (Language language : Language.values()) {
            for (int i = 0; i < interviewsPerLanguage; i++) {
                int target = 1 + i % 5;
                List<StageRun> stages = new ArrayList<>();
                for (String stage : PLAN.keySet().stream().sorted().toList()) {
                    stage(judge, stage, language, answers, target, random).ifPresent(stages::add);
                }
                if (stages.size() == PLAN.size()) {
                    stageRuns.addAll(stages);
                    interviews.add(Report.InterviewRun.of(stages, PLAN));
                }
            }
        }
        return Report.of(rated, stageRuns, interviews, pairedDifferences(judge, answers), cpuPerAnswerMillis,
                judge.grading(answers, stageRuns).orElse(null));
    }

    private static boolean followsUp(RubricInterviewer interviewer, LabelledAnswer answer) {
        List<Question> questions = interviewer.stageBank().bank(answer.language()).questions();
        int number = questions.indexOf(questions.stream().filter(q -> q.id().equals(answer.questionId())).findFirst()
                .orElseThrow()) + 1;
        Ask asked = new Ask(answer.questionId(), "", false, number, questions.size());
        return interviewer.next(answer.language(), asked, answer.text()).map(Ask::followUp).orElse(false);
    }

    /** A synthetic stage interview ({@link #draw}) rated by {@code judge}. */
    private static Optional<StageRun> stage(AnswerJudge judge, String stage, Language language,
                                            List<LabelledAnswer> answers, int target, Random random) {
        QuestionBank bank = judge.interviewers().get(stage).stageBank().bank(language);
        return draw(bank, answers, target, random).map(chosen -> run(judge, stage, language, chosen));
    }

    /**
     * The answers of a synthetic stage interview: per question of {@code bank} an answer near {@code target} (the
     * level drifts by one at times); none when a question has no answer among {@code answers}.
     */
    static Optional<List<LabelledAnswer>> draw(QuestionBank bank, List<LabelledAnswer> answers, int target,
                                               Random random) {
        List<LabelledAnswer> chosen = new ArrayList<>();
        for (Question question : bank.questions()) {
            int level = Math.max(1, Math.min(5, target + (random.nextInt(5) == 0 ? (random.nextBoolean() ? 1 : -1) : 0)));
            List<LabelledAnswer> candidates = answers.stream()
                    .filter(a -> a.stage().equals(bank.stage()) && a.language() == bank.language()
                            && a.questionId().equals(question.id()))
                    .toList();
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            int nearest = candidates.stream().mapToInt(a -> Math.abs(a.level() - level)).min().orElseThrow();
            List<LabelledAnswer> atLevel = candidates.stream().filter(a -> Math.abs(a.level() - level) == nearest).toList();
            chosen.add(atLevel.get(random.nextInt(atLevel.size())));
        }
        return Optional.of(chosen);
    }

    static StageRun run(AnswerJudge judge, String stage, Language language, List<LabelledAnswer> chosen) {
        AnswerJudge.Verdict verdict = judge.stage(stage, language, chosen);
        QuestionBank bank = judge.interviewers().get(stage).stageBank().bank(language);
        Map<String, Double> labelByDimension = new LinkedHashMap<>();
        for (Dimension dimension : bank.dimensions()) {
            labelByDimension.put(dimension.id(), chosen.stream().filter(a -> a.labels().containsKey(dimension.id()))
                    .mapToInt(a -> a.labels().get(dimension.id())).average().orElse(DimensionRating.MIN_RATING));
        }
        return new StageRun(stage, language, verdict.score(),
                bank.score(dimension -> labelByDimension.get(dimension.id())), verdict.review(), labelByDimension);
    }

    /** The answers as a stage's transcript: one exchange per answer, at a fixed instant. */
    static List<Exchange> transcript(List<LabelledAnswer> answers) {
        return answers.stream().map(a -> new Exchange(a.questionId(), "", false, a.text(), ANSWERED_AT)).toList();
    }

    /** Stage scores of the same content in English and in Chinese: per stage, interviews of paired answers. */
    private static List<Double> pairedDifferences(AnswerJudge judge, List<LabelledAnswer> answers) {
        Map<String, List<LabelledAnswer>> byGroup = answers.stream().collect(Collectors.groupingBy(LabelledAnswer::group,
                TreeMap::new, Collectors.toList()));
        List<Double> differences = new ArrayList<>();
        for (RubricInterviewer interviewer : judge.interviewers().values()) {
            Map<String, List<List<LabelledAnswer>>> pairsByQuestion = new TreeMap<>();
            byGroup.values().stream().filter(group -> group.size() == 2 && group.get(0).stage().equals(interviewer.stage()))
                    .forEach(group -> pairsByQuestion.computeIfAbsent(group.get(0).questionId(), q -> new ArrayList<>())
                            .add(group.stream().sorted(Comparator.comparing(LabelledAnswer::language)).toList()));
            int rounds = pairsByQuestion.values().stream().mapToInt(List::size).min().orElse(0);
            if (pairsByQuestion.size() < interviewer.stageBank().bank(Language.EN).questions().size()) {
                rounds = 0;
            }
            for (int round = 0; round < rounds; round++) {
                List<LabelledAnswer> english = new ArrayList<>();
                List<LabelledAnswer> chinese = new ArrayList<>();
                for (List<List<LabelledAnswer>> pairs : pairsByQuestion.values()) {
                    english.add(pairs.get(round).get(0));
                    chinese.add(pairs.get(round).get(1));
                }
                differences.add(Math.abs(run(judge, interviewer.stage(), Language.EN, english).score()
                        - run(judge, interviewer.stage(), Language.ZH, chinese).score()));
            }
        }
        return differences;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
