package io.interviews.stage.rubric;

import java.util.Arrays;
import java.util.List;

/**
 * What the answer model weighs of the answers to one question, besides the labelled neighbours: the probe (a linear
 * read-out of the answer vector fitted to predict the labelled level of any answer) and the {@link AnswerSignals}.
 * Counts enter as log(1 + n). Relevance to the question is no weight but a gate (see {@link AnswerModel}): a more
 * relevant answer must never rate lower for it.
 */
public record AnswerFeatures(double probe, AnswerSignals signals) {

    /** The names of {@link #vector()}'s entries, in order; an answer model's coefficients follow them. */
    public static final List<String> NAMES = List.of("bias", "probe", "length", "specifics",
            "first-person", "we", "reasoning", "outcome", "reflection", "hedging", "not-own",
            "overclaim", "boilerplate");

    /** The name of the one feature the with-exemplars model adds: the neighbours' label of the dimension. */
    public static final String NEIGHBOURS = "neighbours";

    public double[] vector() {
        return new double[]{1, probe, log(signals.words()), log(signals.specifics()),
                log(signals.firstPerson()), log(signals.we()), log(signals.reasoning()), log(signals.outcome()),
                log(signals.reflection()), log(signals.hedging()), log(signals.notOwn()),
                log(signals.overclaim()), log(signals.boilerplate())};
    }

    /** {@link #vector()} followed by the neighbours' label of one dimension. */
    public double[] vector(double neighbours) {
        double[] generic = vector();
        double[] extended = Arrays.copyOf(generic, generic.length + 1);
        extended[generic.length] = neighbours;
        return extended;
    }

    private static double log(int count) {
        return Math.log1p(count);
    }
}
