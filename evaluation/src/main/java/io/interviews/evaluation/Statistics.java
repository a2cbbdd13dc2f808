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
        Map<String, List<Double>> differences = new TreeMap<>();
        ratings.forEach((answer, rated) -> rated.forEach((dimension, rating) ->
                differences.computeIfAbsent(groupOf.apply(answer), group -> new ArrayList<>())
                        .add(rating - answer.labels().get(dimension))));
        Map<String, Double> means = new TreeMap<>();
        differences.forEach((group, ofGroup) ->
                means.put(group, ofGroup.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        return means;
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
