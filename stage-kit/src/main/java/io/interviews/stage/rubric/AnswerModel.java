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
 */
public record AnswerModel(Language language, String embeddingModel, String fittedOn, Probe probe,
                          List<Double> generic, List<Double> withExemplars, OffTopic offTopic, int neighbours, double sharpness,
                          Review review) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public AnswerModel {
        generic = List.copyOf(generic);
        withExemplars = List.copyOf(withExemplars);
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
