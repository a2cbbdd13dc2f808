package io.interviews.evaluation;

import io.interviews.events.Language;
import io.interviews.events.RatingScale;
import io.interviews.stage.rubric.AnswerRater;
import io.interviews.stage.rubric.AnswerReader;
import io.interviews.stage.rubric.Dimension;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.StageBank;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Measures a calibration on the {@code dev} split alone, so that choices about how to fit can be made without ever
 * looking at {@code test}: the dev content groups are dealt into folds; each fold is rated by a brain fitted on the
 * others (its exemplars and models never saw the fold). Reports the rating error per language, how far the same
 * content in English and Chinese is rated apart, and the stage scores of paired interviews drawn from those ratings.
 */
final class CrossValidation {

    private static final int PAIRED_INTERVIEWS = 1000;

    private CrossValidation() {
    }

    /** Rating error and rank agreement with the labels, over {@code ratings} dimension ratings. */
    record Agreement(double meanAbsoluteError, double spearman, int ratings) {
    }

    /** Out-of-fold ratings of every dev answer. */
    record Result(Map<LabelledAnswer, Map<String, Double>> ratings, List<StageBank> stages) {

        String render(long seed) {
            StringBuilder out = new StringBuilder("Cross-validated on the dev split (each fold rated by a brain fitted "
                    + "on the other folds)\n");
            for (String stage : stageNames()) {
                for (Language language : Language.values()) {
                    Agreement agreement = agreement(stage, language);
                    out.append(String.format("  %-4s %s rating MAE %.3f, Spearman %.3f (%d ratings)%n",
                            stage.isEmpty() ? "all" : stage, language.code(), agreement.meanAbsoluteError(),
                            agreement.spearman(), agreement.ratings()));
                }
            }
            out.append("  mean rating by labelled level: ").append(meanRatingByLevel()).append('\n');
            out.append("  mean rating minus label by style: ").append(meanBiasByStyle()).append('\n');
            List<Double> answerDifferences = new ArrayList<>();
            double signed = 0;
            for (Map.Entry<String, Map<Language, LabelledAnswer>> pair : pairs().entrySet()) {
                double english = RatingScale.points(mean(ratings.get(pair.getValue().get(Language.EN))));
                double chinese = RatingScale.points(mean(ratings.get(pair.getValue().get(Language.ZH))));
                answerDifferences.add(Math.abs(english - chinese));
                signed += english - chinese;
            }
            out.append(String.format("  same content, answer mean rating in points: mean |en − zh| %.2f, mean en − zh "
                            + "%.2f (%d pairs)%n", answerDifferences.stream().mapToDouble(Double::doubleValue).average()
                            .orElse(Double.NaN), signed / answerDifferences.size(), answerDifferences.size()));
            for (StageBank stage : stages) {
                List<Double> differences = pairedStageDifferences(stage, new Random(seed));
                if (differences.isEmpty()) {
                    continue;
                }
                out.append(String.format("  same content, %s stage score: mean |en − zh| %.2f, p90 %.2f, p99 %.2f, "
                                + "max %.2f, over 5 points %.1f %% (%d interviews)%n", stage.stage(),
                        differences.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                        Statistics.percentile(differences, 0.9), Statistics.percentile(differences, 0.99),
                        differences.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
                        100.0 * differences.stream().filter(d -> d > 5).count() / differences.size(),
                        differences.size()));
            }
            return out.toString();
        }

        /** How the ratings of one stage ("": of all) in one language agree with the labels. */
        Agreement agreement(String stage, Language language) {
            List<Double> predicted = new ArrayList<>();
            List<Double> labels = new ArrayList<>();
            ratings.forEach((answer, rated) -> {
                if (answer.language() == language && (stage.isEmpty() || answer.stage().equals(stage))) {
                    rated.forEach((dimension, rating) -> {
                        predicted.add(rating);
                        labels.add((double) answer.labels().get(dimension));
                    });
                }
            });
            return new Agreement(Statistics.meanAbsoluteError(predicted, labels), Statistics.spearman(predicted, labels),
                    predicted.size());
        }

        /** Level → the mean rating of the dimensions a hiring manager rated at that level (ideally the level). */
        private Map<Integer, String> meanRatingByLevel() {
            Map<Integer, List<Double>> byLevel = new TreeMap<>();
            ratings.forEach((answer, rated) -> rated.forEach((dimension, rating) ->
                    byLevel.computeIfAbsent(answer.labels().get(dimension), level -> new ArrayList<>()).add(rating)));
            Map<Integer, String> means = new TreeMap<>();
            byLevel.forEach((level, rated) -> means.put(level, String.format("%.2f",
                    rated.stream().mapToDouble(Double::doubleValue).average().orElseThrow())));
            return means;
        }

        /** Style → the mean rating minus label over its rated dimensions (0: the style is neither favoured nor not). */
        private Map<String, String> meanBiasByStyle() {
            Map<String, String> means = new TreeMap<>();
            Statistics.meanBias(ratings, LabelledAnswer::style)
                    .forEach((style, bias) -> means.put(style, String.format("%+.2f", bias)));
            return means;
        }

        /** Every stage, then all of them together (""). */
        private List<String> stageNames() {
            List<String> names = new ArrayList<>(stages.stream().map(StageBank::stage).toList());
            names.add("");
            return names;
        }

        /** Content groups rated in both languages. */
        private Map<String, Map<Language, LabelledAnswer>> pairs() {
            Map<String, Map<Language, LabelledAnswer>> byGroup = new TreeMap<>();
            ratings.keySet().forEach(answer -> byGroup.computeIfAbsent(answer.group(),
                    group -> new EnumMap<>(Language.class)).put(answer.language(), answer));
            byGroup.values().removeIf(pair -> pair.size() < Language.values().length);
            return byGroup;
        }

        /** Interviews of one paired answer per main question, drawn at random, scored in each language. */
        List<Double> pairedStageDifferences(StageBank stage, Random random) {
            Map<String, List<Map<Language, LabelledAnswer>>> byQuestion = new LinkedHashMap<>();
            for (Question question : stage.bank(Language.EN).questions()) {
                byQuestion.put(question.id(), new ArrayList<>());
            }
            pairs().values().stream().filter(pair -> pair.get(Language.EN).stage().equals(stage.stage()))
                    .forEach(pair -> byQuestion.get(pair.get(Language.EN).questionId()).add(pair));
            if (byQuestion.values().stream().anyMatch(List::isEmpty)) {
                return List.of();
            }
            List<Double> differences = new ArrayList<>();
            for (int i = 0; i < PAIRED_INTERVIEWS; i++) {
                List<Map<Language, LabelledAnswer>> drawn = byQuestion.values().stream()
                        .map(candidates -> candidates.get(random.nextInt(candidates.size()))).toList();
                differences.add(Math.abs(stageScore(stage, Language.EN, drawn) - stageScore(stage, Language.ZH, drawn)));
            }
            return differences;
        }

        /** As a {@code Scorecard} scores: the weighted mean over dimensions of each dimension's mean rating. */
        private double stageScore(StageBank stage, Language language, List<Map<Language, LabelledAnswer>> drawn) {
            double weights = 0;
            double weighted = 0;
            for (Dimension dimension : stage.bank(language).dimensions()) {
                double mean = drawn.stream().map(pair -> ratings.get(pair.get(language)))
                        .filter(rated -> rated.containsKey(dimension.id()))
                        .mapToDouble(rated -> rated.get(dimension.id())).average().orElse(Double.NaN);
                if (!Double.isNaN(mean)) {
                    weights += dimension.weight();
                    weighted += dimension.weight() * mean;
                }
            }
            return RatingScale.points(weighted / weights);
        }

        private static double mean(Map<String, Double> rated) {
            return rated.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        }
    }

    static Result run(List<StageBank> stages, List<LabelledAnswer> dev, AnswerReader reader, int folds) {
        Map<LabelledAnswer, Map<String, Double>> ratings = new LinkedHashMap<>();
        for (int fold = 0; fold < folds; fold++) {
            int held = fold;
            List<LabelledAnswer> training = dev.stream().filter(answer -> fold(answer, folds) != held).toList();
            Calibration.Fitted fitted = Calibration.fit(stages, training, reader, "cross-validation fold " + fold);
            List<StageBank> calibrated = stages.stream().map(stage -> new StageBank(stage.stage(), stage.rubricVersion(),
                    stage.banks(), fitted.exemplars().get(stage.stage()))).toList();
            RubricJudge judge = new RubricJudge(EvalCommand.interviewers(calibrated,
                    new AnswerRater(reader, fitted.models())));
            dev.stream().filter(answer -> fold(answer, folds) == held)
                    .forEach(answer -> ratings.put(answer, judge.rate(answer)));
        }
        return new Result(ratings, stages);
    }

    /** By the CRC-32 of the content group, salted so that the folds cut across the probe's own folds. */
    private static int fold(LabelledAnswer answer, int folds) {
        CRC32 crc = new CRC32();
        crc.update(("cross-validation:" + answer.group()).getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % folds);
    }
}
