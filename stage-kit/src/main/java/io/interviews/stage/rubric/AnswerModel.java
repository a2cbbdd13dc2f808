package io.interviews.stage.rubric;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.events.DimensionRating;
import io.interviews.events.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fitted answer model of one language ({@code answer-model-<language>.json} beside this class, written by the
 * evaluation module's {@code calibrate} command from the {@code dev} split of the labelled set): a linear probe on
 * the answer vector, and the linear model that turns {@link AnswerFeatures} (plus, where the stage has labelled
 * exemplars, the neighbours' label) into a 1–5 rating of one dimension.
 *
 * @param offTopic   when an answer is off-topic: rated 1 on every dimension, whatever else it says
 * @param neighbours how many nearest exemplars vote
 * @param sharpness  how much more a closer exemplar counts: weight = exp(sharpness × similarity)
 * @param review     when a rating is too uncertain to decide without a person
 * @param meanScale  how the mean of a dimension's ratings over a stage reads ({@link Scorecard}); none: as it is
 */
public record AnswerModel(Language language, String embeddingModel, String fittedOn, Probe probe,
                          List<Double> generic, List<Double> withExemplars, OffTopic offTopic, int neighbours, double sharpness,
                          Review review, MeanScale meanScale) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public AnswerModel {
        generic = List.copyOf(generic);
        withExemplars = List.copyOf(withExemplars);
        // a model fitted before calibrate wrote a mean scale reads every mean as it is
        meanScale = meanScale == null ? MeanScale.identity() : meanScale;
        if (generic.size() != AnswerFeatures.NAMES.size() || withExemplars.size() != AnswerFeatures.NAMES.size() + 1) {
            throw new IllegalArgumentException("answer model " + language + " does not match the features "
                    + AnswerFeatures.NAMES + " (+ " + AnswerFeatures.NEIGHBOURS + ")");
        }
    }

    /** A linear read-out of the answer vector: the level it predicts for any answer to any question. */
    public record Probe(double bias, List<Double> weights) {

        public Probe {
            weights = List.copyOf(weights);
        }

        public double apply(float[] vector) {
            double sum = bias;
            for (int i = 0; i < vector.length; i++) {
                sum += weights.get(i) * vector[i];
            }
            return sum;
        }
    }

    /**
     * An answer is off-topic when even the nearest rated answer to its question is less similar than
     * {@code nearestBelow} (fitted just below the least similar dev answer labelled 2 or more, short ones included):
     * the similarity to the question's own wording tells too little, since a good answer rarely repeats it. Only a
     * question with no rated answers falls back to that wording: off-topic below {@code relevanceBelow}, the cosine
     * of answer and question.
     */
    public record OffTopic(double nearestBelow, double relevanceBelow) {
    }

    /**
     * A substantive ({@code minWords}), on-topic answer is uncertain when its nearest
     * exemplar is less similar than {@code minNearest}, its neighbours' labels spread more than {@code maxSpread}, or
     * the generic and neighbour predictions differ by more than {@code maxDisagreement} rating points; a stage with
     * {@code uncertainAnswers} such answers, or whose dimension ratings differ by {@code maxDimensionRange} or more,
     * goes to a person.
     */
    public record Review(int minWords, double minNearest, double maxSpread, double maxDisagreement,
                         int uncertainAnswers, int maxDimensionRange) {
    }

    /**
     * The mean of a dimension's ratings over a stage's answers, read as the mean of their labels: as it is up to the
     * first knot (the offer line), then linear between the knots, and parallel to the identity past the last. Fitted
     * on the dev split's interviews, each answer rated by a brain that never saw it: a model fitted to single answers
     * places the mean of a stage's answers too high just above the bar and too low near the top, where one answer's
     * noise averages out over several but its pull towards the middle does not. The first knot is fixed at the offer
     * line and the knots never fall below it: no dimension's mean crosses the line for the scale.
     *
     * @param predicted  the knots' mean ratings as rated, increasing; the first is the offer line
     * @param calibrated the mean of the labels at each, never decreasing; the first equals the offer line
     */
    public record MeanScale(List<Double> predicted, List<Double> calibrated) {

        /** The mean rating of the offer line (60 points), from which a mean may read otherwise. */
        public static final double OFFER_LINE = 2.5;

        public MeanScale {
            predicted = List.copyOf(predicted);
            calibrated = List.copyOf(calibrated);
            if (predicted.isEmpty() || predicted.size() != calibrated.size()) {
                throw new IllegalArgumentException("a mean scale needs as many calibrated means as knots, and a knot");
            }
            if (predicted.get(0) != OFFER_LINE || calibrated.get(0) != OFFER_LINE) {
                throw new IllegalArgumentException("a mean scale starts at the offer line, " + OFFER_LINE);
            }
            for (int i = 1; i < predicted.size(); i++) {
                if (predicted.get(i) <= predicted.get(i - 1) || calibrated.get(i) < calibrated.get(i - 1)) {
                    throw new IllegalArgumentException("a mean scale's knots must increase: " + predicted + " → "
                            + calibrated);
                }
            }
        }

        /** A scale that reads every mean as it is. */
        public static MeanScale identity() {
            return new MeanScale(List.of(OFFER_LINE), List.of(OFFER_LINE));
        }

        public double read(double mean) {
            int last = predicted.size() - 1;
            if (mean <= OFFER_LINE) {
                return mean;
            }
            if (mean >= predicted.get(last)) {
                return clamp(mean + (calibrated.get(last) - predicted.get(last)));
            }
            int upper = 1;
            while (predicted.get(upper) < mean) {
                upper++;
            }
            double share = (mean - predicted.get(upper - 1)) / (predicted.get(upper) - predicted.get(upper - 1));
            return calibrated.get(upper - 1) + share * (calibrated.get(upper) - calibrated.get(upper - 1));
        }
    }

    public static AnswerModel forLanguage(Language language) {
        String resource = "answer-model-" + language.code() + ".json";
        try (InputStream in = AnswerModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no answer model " + resource + " beside " + AnswerModel.class.getName());
            }
            return MAPPER.readValue(in, AnswerModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read answer model " + resource, e);
        }
    }

    /** This model with another {@link MeanScale}. */
    public AnswerModel withMeanScale(MeanScale scale) {
        return new AnswerModel(language, embeddingModel, fittedOn, probe, generic, withExemplars, offTopic, neighbours,
                sharpness, review, scale);
    }

    public double rate(AnswerFeatures features) {
        return clamp(dot(generic, features.vector()));
    }

    public double rate(AnswerFeatures features, double neighbours) {
        return clamp(dot(withExemplars, features.vector(neighbours)));
    }

    private static double dot(List<Double> coefficients, double[] vector) {
        double sum = 0;
        for (int i = 0; i < vector.length; i++) {
            sum += coefficients.get(i) * vector[i];
        }
        return sum;
    }

    private static double clamp(double rating) {
        return Math.max(DimensionRating.MIN_RATING, Math.min(DimensionRating.MAX_RATING, rating));
    }
}
