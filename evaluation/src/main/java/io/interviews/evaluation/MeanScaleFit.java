package io.interviews.evaluation;

import io.interviews.events.Language;
import io.interviews.stage.rubric.AnswerModel.MeanScale;
import io.interviews.stage.rubric.Dimension;
import io.interviews.stage.rubric.QuestionBank;
import io.interviews.stage.rubric.StageBank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * Fits the rubric brain's {@link MeanScale} from ratings of answers the rating brain never saw (cross-validation's
 * out-of-fold ratings of the dev split): synthetic stage interviews drawn as {@link Evaluation} draws them, and per
 * dimension the mean of the answers' ratings against the mean of their labels. Above the offer line the means are
 * binned by rating, equal counts a bin, and each bin's mean rating becomes a knot, read as its mean label. Both
 * languages together: one scale, so the same content is not scaled apart.
 */
final class MeanScaleFit {

    /** Synthetic interviews per stage and language. */
    static final int INTERVIEWS = 400;
    /** Knots above the offer line: few, so that one bin's noise does not make a steep step. */
    static final int KNOTS = 6;
    private static final long SEED = 20261130;

    /** A dimension's mean rating in one synthetic interview, and the mean of its labels. */
    record Mean(double rated, double labelled) {
    }

    private MeanScaleFit() {
    }

    static MeanScale fit(List<StageBank> stages, Map<LabelledAnswer, Map<String, Double>> outOfFold) {
        return fit(means(stages, outOfFold));
    }

    static MeanScale fit(List<Mean> means) {
        List<Mean> above = means.stream().filter(mean -> mean.rated() > MeanScale.OFFER_LINE)
                .sorted(Comparator.comparingDouble(Mean::rated)).toList();
        List<Double> predicted = new ArrayList<>(List.of(MeanScale.OFFER_LINE));
        List<Double> calibrated = new ArrayList<>(List.of(MeanScale.OFFER_LINE));
        for (int knot = 0; knot < KNOTS && above.size() >= KNOTS; knot++) {
            List<Mean> bin = above.subList(knot * above.size() / KNOTS, (knot + 1) * above.size() / KNOTS);
            double rated = round(bin.stream().mapToDouble(Mean::rated).average().orElseThrow());
            double labelled = round(bin.stream().mapToDouble(Mean::labelled).average().orElseThrow());
            if (rated > predicted.get(predicted.size() - 1)) {
                predicted.add(rated);
                // a monotone reading: a higher mean rating never reads lower, nor below the offer line
                calibrated.add(Math.max(labelled, calibrated.get(calibrated.size() - 1)));
            }
        }
        return new MeanScale(predicted, calibrated);
    }

    static List<Mean> means(List<StageBank> stages, Map<LabelledAnswer, Map<String, Double>> outOfFold) {
        List<LabelledAnswer> answers = List.copyOf(outOfFold.keySet());
        Random random = new Random(SEED);
        List<Mean> means = new ArrayList<>();
        for (Language language : Language.values()) {
            for (StageBank stage : stages) {
                QuestionBank bank = stage.bank(language);
                for (int i = 0; i < INTERVIEWS; i++) {
                    Evaluation.draw(bank, answers, 1 + i % 5, random).ifPresent(chosen -> {
                        for (Dimension dimension : bank.dimensions()) {
                            List<LabelledAnswer> rating = chosen.stream()
                                    .filter(answer -> answer.labels().containsKey(dimension.id())).toList();
                            OptionalDouble rated = rating.stream()
                                    .mapToDouble(answer -> outOfFold.get(answer).get(dimension.id())).average();
                            if (rated.isPresent()) {
                                means.add(new Mean(rated.getAsDouble(), rating.stream()
                                        .mapToInt(answer -> answer.labels().get(dimension.id())).average().orElseThrow()));
                            }
                        }
                    });
                }
            }
        }
        return means;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
