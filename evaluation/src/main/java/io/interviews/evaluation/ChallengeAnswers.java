package io.interviews.evaluation;

import io.interviews.events.Language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The challenge answers ({@link EvalSet#challenge}) rated by a brain, style by style: labelled single answers in
 * styles the fitted brain is known to misjudge, kept out of the labelled set so that they measure it instead of
 * being averaged into it (see the README).
 */
final class ChallengeAnswers {

    /**
     * One style in one language: its answers' mean label and mean rating over every labelled dimension, the mean of
     * rating minus label, and the mean absolute error of the rounded rating.
     */
    record Style(String style, Language language, int answers, double meanLabel, double meanRating, double bias,
                 double ratingMae) {
    }

    /** What the answers are grouped by: the report lists the groups by style, then by language code. */
    private record StyleAndLanguage(String style, Language language) {

        static final Comparator<StyleAndLanguage> ORDER = Comparator.comparing(StyleAndLanguage::style)
                .thenComparing(group -> group.language().code());
    }

    private ChallengeAnswers() {
    }

    static List<Style> score(AnswerJudge judge, List<LabelledAnswer> answers) {
        Map<StyleAndLanguage, List<LabelledAnswer>> byStyleAndLanguage = answers.stream().collect(Collectors.groupingBy(
                answer -> new StyleAndLanguage(answer.style(), answer.language()),
                () -> new TreeMap<>(StyleAndLanguage.ORDER), Collectors.toList()));
        List<Style> styles = new ArrayList<>();
        byStyleAndLanguage.forEach((group, ofStyle) -> {
            List<Double> labels = new ArrayList<>();
            List<Double> ratings = new ArrayList<>();
            for (LabelledAnswer answer : ofStyle) {
                Map<String, Double> rated = judge.rate(answer);
                answer.labels().forEach((dimension, label) -> {
                    labels.add((double) label);
                    ratings.add(rated.get(dimension));
                });
            }
            double meanLabel = mean(labels);
            double meanRating = mean(ratings);
            List<Double> rounded = ratings.stream().map(rating -> (double) Math.round(rating)).toList();
            styles.add(new Style(group.style(), group.language(), ofStyle.size(), meanLabel,
                    meanRating, meanRating - meanLabel,
                    Statistics.meanAbsoluteError(rounded, labels)));
        });
        return styles;
    }

    static String render(List<Style> styles) {
        StringBuilder out = new StringBuilder("Challenge answers by other writers (eval-challenge, never fitted):\n")
                .append("  style      lang answers  label  rating    bias  ratingMAE\n");
        styles.forEach(style -> out.append(String.format("  %-10s %-4s %7d %6.2f %7.2f %+7.2f %10.2f%n",
                style.style(), style.language().code(), style.answers(), style.meanLabel(), style.meanRating(),
                style.bias(), style.ratingMae())));
        return out.toString();
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
