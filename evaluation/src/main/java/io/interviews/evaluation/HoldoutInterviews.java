package io.interviews.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.events.Band;
import io.interviews.events.BandThresholds;
import io.interviews.events.Language;
import io.interviews.events.StageScore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Whole interviews by writers who saw only the questions and the anchors — never the labelled set, the banks or the
 * simulated candidates ({@code eval-holdout/interviews*.json}, one file per writer): how the brain scores people it
 * was not fitted near. Never used for fitting; reported by every run.
 */
public final class HoldoutInterviews {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String DIRECTORY = "eval-holdout/";

    private static final List<String> FILES = List.of("interviews.json", "interviews-2.json", "interviews-3.json",
            "interviews-4.json", "interviews-5.json", "interviews-6.json", "interviews-7.json", "interviews-8.json",
            "interviews-9.json", "interviews-10.json", "interviews-11.json", "interviews-12.json",
            "interviews-13.json", "interviews-14.json");

    private record File(String writtenBy, List<Candidate> candidates) {
    }

    private record Candidate(String id, String language, String profile, List<Answer> answers) {
    }

    private record Answer(String questionId, Map<String, Integer> labels, String text) {
    }

    /**
     * One candidate of one holdout file scored: per stage, the brain's points and the labels' points; the totals and
     * bands.
     */
    public record Result(String file, String candidate, String language, Map<String, Double> scores,
                         Map<String, Double> labelScores, double total, double labelTotal, boolean review) {

        String line() {
            return String.format("  %-17s %-24s %-3s total %5.1f %-11s (label %5.1f %-11s) stages %s review %s", file,
                    candidate, language, total, BandThresholds.DEFAULT.bandOf(total), labelTotal,
                    BandThresholds.DEFAULT.bandOf(labelTotal), scores, review);
        }

        /** How many bands the total is from the labelled total's band. */
        int bandsOff() {
            return Math.abs(BandThresholds.DEFAULT.bandOf(total).ordinal()
                    - BandThresholds.DEFAULT.bandOf(labelTotal).ordinal());
        }

        /** Whether the total and the labelled total fall on different sides of the offer line. */
        boolean acrossTheOfferLine() {
            double offerLine = BandThresholds.DEFAULT.borderline();
            return (total >= offerLine) != (labelTotal >= offerLine);
        }
    }

    private HoldoutInterviews() {
    }

    public static List<Result> score(AnswerJudge judge) {
        List<Result> results = new ArrayList<>();
        for (String file : FILES) {
            for (Candidate candidate : read(file).candidates()) {
                results.add(score(judge, file, candidate));
            }
        }
        return results;
    }

    /** Every holdout candidate's answers to each stage, one list per candidate and stage. */
    static List<List<LabelledAnswer>> stages() {
        List<List<LabelledAnswer>> stages = new ArrayList<>();
        for (String file : FILES) {
            for (Candidate candidate : read(file).candidates()) {
                Evaluation.PLAN.keySet().forEach(stage -> stages.add(stageAnswers(candidate, stage)));
            }
        }
        return stages;
    }

    private static List<LabelledAnswer> stageAnswers(Candidate candidate, String stage) {
        Language language = Language.fromCode(candidate.language());
        return candidate.answers().stream()
                .filter(answer -> answer.questionId().startsWith(stage + "-"))
                .map(answer -> new LabelledAnswer(candidate.id() + "-" + answer.questionId(), candidate.id(), stage,
                        answer.questionId(), language, "holdout", 0, answer.labels(), answer.text()))
                .toList();
    }

    private static Result score(AnswerJudge judge, String file, Candidate candidate) {
        Language language = Language.fromCode(candidate.language());
        Map<String, Double> scores = new TreeMap<>();
        Map<String, Double> labels = new TreeMap<>();
        boolean review = false;
        for (String stage : Evaluation.PLAN.keySet()) {
            List<LabelledAnswer> answers = stageAnswers(candidate, stage);
            Evaluation.StageRun run = Evaluation.run(judge, stage, language, answers);
            scores.put(stage, run.score());
            labels.put(stage, Math.round(run.labelScore() * 10) / 10.0);
            review |= run.review();
        }
        return new Result(file, candidate.id(), candidate.language(), scores, labels, total(scores), total(labels),
                review);
    }

    static String render(List<Result> results) {
        return "Holdout interviews by other writers (eval-holdout):\n"
                + results.stream().map(Result::line).collect(Collectors.joining("\n")) + "\n"
                + summary(results) + "\n"
                + byLabelledBand(results) + "\n"
                + "Holdout people written in both languages, English minus Chinese stage score:\n"
                + bilingual(results).entrySet().stream().map(person -> String.format("  %-24s %s", person.getKey(),
                        person.getValue())).collect(Collectors.joining("\n")) + "\n";
    }

    /** How far all the totals are from their labels: in points, in bands, and across the offer line. */
    static String summary(List<Result> results) {
        double distance = results.stream().mapToDouble(result -> Math.abs(result.total() - result.labelTotal()))
                .average().orElse(Double.NaN);
        long[] bandsOff = new long[3];
        results.forEach(result -> bandsOff[Math.min(2, result.bandsOff())]++);
        return String.format("  %d interviews: total %.1f points from the label on average; in the labelled band %d, "
                        + "the next %d, further %d; across the offer line from the label %d", results.size(), distance,
                bandsOff[0], bandsOff[1], bandsOff[2], results.stream().filter(Result::acrossTheOfferLine).count());
    }

    /**
     * The mean of total minus label per band of the labelled total, with how many: a brain that pulls totals towards
     * the middle rates the labelled BORDERLINE high and the labelled STRONG_HIRE low.
     */
    static Map<Band, Double> biasByLabelledBand(List<Result> results) {
        Map<Band, Double> bias = new EnumMap<>(Band.class);
        differenceByLabelledBand(results).forEach((band, difference) -> bias.put(band, difference.getAverage()));
        return bias;
    }

    static String byLabelledBand(List<Result> results) {
        return "  total minus label by labelled band: " + differenceByLabelledBand(results).entrySet().stream()
                .map(band -> String.format("%s %+.1f (%d)", band.getKey(), band.getValue().getAverage(),
                        band.getValue().getCount()))
                .collect(Collectors.joining(", "));
    }

    /** Total minus label, per band of the labelled total, from the top band down. */
    private static Map<Band, DoubleSummaryStatistics> differenceByLabelledBand(List<Result> results) {
        return results.stream().collect(Collectors.groupingBy(
                result -> BandThresholds.DEFAULT.bandOf(result.labelTotal()), () -> new EnumMap<>(Band.class),
                Collectors.summarizingDouble(result -> result.total() - result.labelTotal())));
    }

    /**
     * Per person a holdout file has in English and in Chinese ({@code <person>-en} and {@code <person>-zh}, the same
     * content): the English minus the Chinese score of each stage.
     */
    static Map<String, Map<String, Double>> bilingual(List<Result> results) {
        Map<String, Map<String, Double>> differences = new TreeMap<>();
        for (Result english : results) {
            if (!english.language().equals(Language.EN.code()) || !english.candidate().endsWith("-en")) {
                continue;
            }
            String person = english.candidate().substring(0, english.candidate().length() - "-en".length());
            results.stream().filter(chinese -> chinese.file().equals(english.file())
                            && chinese.candidate().equals(person + "-zh"))
                    .findFirst().ifPresent(chinese -> {
                        Map<String, Double> byStage = new TreeMap<>();
                        english.scores().forEach((stage, score) -> byStage.put(stage,
                                Math.round((score - chinese.scores().get(stage)) * 10) / 10.0));
                        differences.put(person, byStage);
                    });
        }
        return differences;
    }

    private static double total(Map<String, Double> byStage) {
        return StageScore.total(Evaluation.PLAN.entrySet().stream()
                .map(stage -> new StageScore(stage.getKey(), stage.getValue(), byStage.get(stage.getKey()))).toList())
                .orElseThrow();
    }

    private static File read(String file) {
        try (InputStream in = HoldoutInterviews.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("no " + DIRECTORY + file + " on the classpath");
            }
            return MAPPER.readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the holdout interviews " + DIRECTORY + file, e);
        }
    }
}
