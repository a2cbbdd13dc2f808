package io.interviews.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Agreement between predictions and labels. */
final class Statistics {

    private Statistics() {
    }

    /** Spearman's ρ: Pearson correlation of the ranks, ties given their mean rank. NaN for fewer than 3 pairs. */
    static double spearman(List<Double> x, List<Double> y) {
        if (x.size() < 3) {
            return Double.NaN;
        }
        return pearson(ranks(x), ranks(y));
    }

    /**
     * The mean of rating minus label over every rated dimension of each group's answers (a style, say): 0 where the
     * brain favours the group no more than the labels do.
     */
    static Map<String, Double> meanBias(Map<LabelledAnswer, Map<String, Double>> ratings,
                                        Function<LabelledAnswer, String> groupOf) {
        Map<String, Double> means = new TreeMap<>();
        ratingsAndLabels(ratings, groupOf).forEach((group, ofGroup) -> means.put(group,
                ofGroup.stream().mapToDouble(pair -> pair[0] - pair[1]).average().orElseThrow()));
        return means;
    }

    /** Each group's (rating, label) pairs, one per rated dimension of its answers. */
    private static Map<String, List<double[]>> ratingsAndLabels(Map<LabelledAnswer, Map<String, Double>> ratings,
                                                                Function<LabelledAnswer, String> groupOf) {
        Map<String, List<double[]>> pairs = new TreeMap<>();
        ratings.forEach((answer, rated) -> rated.forEach((dimension, rating) ->
                pairs.computeIfAbsent(groupOf.apply(answer), group -> new ArrayList<>())
                        .add(new double[]{rating, answer.labels().get(dimension)})));
        return pairs;
    }

    /**
     * Cohen's κ with quadratic weights between two ratings on the scale {@code min}–{@code max}: 1 where they always
     * agree, 0 where they agree as often as chance would, each disagreement weighed by its squared distance. The
     * agreement statistic of automated essay scoring (ETS accepts a scorer from 0.70). NaN without pairs.
     */
    static double quadraticWeightedKappa(List<Integer> x, List<Integer> y, int min, int max) {
        int size = max - min + 1;
        double[][] observed = new double[size][size];
        double[] xCounts = new double[size];
        double[] yCounts = new double[size];
        for (int i = 0; i < x.size(); i++) {
            observed[x.get(i) - min][y.get(i) - min]++;
            xCounts[x.get(i) - min]++;
            yCounts[y.get(i) - min]++;
        }
        double disagreement = 0;
        double chanceDisagreement = 0;
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double weight = Math.pow(i - j, 2) / Math.pow(size - 1, 2);
                disagreement += weight * observed[i][j];
                chanceDisagreement += weight * xCounts[i] * yCounts[j] / x.size();
            }
        }
        return chanceDisagreement == 0 ? Double.NaN : 1 - disagreement / chanceDisagreement;
    }

    /**
     * The mean of rating minus label over every rated dimension of each group's answers, in standard deviations of
     * the group's labels: ETS flags a group beyond ±0.15.
     */
    static Map<String, Double> standardizedMeanDifference(Map<LabelledAnswer, Map<String, Double>> ratings,
                                                          Function<LabelledAnswer, String> groupOf) {
        Map<String, Double> differences = new TreeMap<>();
        ratingsAndLabels(ratings, groupOf).forEach((group, ofGroup) -> {
            double meanRating = ofGroup.stream().mapToDouble(pair -> pair[0]).average().orElseThrow();
            double meanLabel = ofGroup.stream().mapToDouble(pair -> pair[1]).average().orElseThrow();
            double labelSd = Math.sqrt(ofGroup.stream().mapToDouble(pair -> Math.pow(pair[1] - meanLabel, 2))
                    .average().orElseThrow());
            differences.put(group, labelSd == 0 ? Double.NaN : (meanRating - meanLabel) / labelSd);
        });
        return differences;
    }

    static double meanAbsoluteError(List<Double> predicted, List<Double> labels) {
        return IntStream.range(0, predicted.size()).mapToDouble(i -> Math.abs(predicted.get(i) - labels.get(i)))
                .average().orElse(Double.NaN);
    }

    static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    private static double[] ranks(List<Double> values) {
        Integer[] order = IntStream.range(0, values.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(values::get));
        double[] ranks = new double[values.size()];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values.get(order[j + 1]).equals(values.get(order[i]))) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
        return sorted[index];
    }
}
