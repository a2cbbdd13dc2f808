package io.interviews.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.events.Band;
import io.interviews.events.BandThresholds;
import io.interviews.events.DimensionRating;
import io.interviews.events.Language;
import io.interviews.events.RatingScale;
import io.interviews.events.StageScore;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What an evaluation measured, per stage and language and over synthetic whole interviews; printed as tables for a
 * person, and as one last {@code EVAL {...}} JSON line for a machine.
 *
 * @param ratingBiasByStyle mean rating minus label per writing style: 0 where the brain favours no way of writing
 * @param standardizedDifferenceByLanguage the same per language, in standard deviations of its labels
 * @param modelGrading      how a model graded (null for the rubric brain, whose report stays as it was)
 */
public record Report(List<StageLanguage> stages, Map<String, Double> ratingBiasByStyle,
                     Map<String, Double> standardizedDifferenceByLanguage,
                     Map<String, Map<String, Double>> followUpRateByLevel,
                     Map<String, Map<String, Integer>> bandConfusion, int interviews, double falseRejectRate,
                     int meetsTheBarEverywhere, double falseOfferRate, int belowTheBarEverywhere, double reviewRate,
                     double pairedMeanDifference, double pairedMaxDifference, int pairedInterviews,
                     double pairedAnswerMeanDifference, double pairedAnswerWithin5, int pairedAnswers,
                     double cpuMillisPerAnswer, int answers,
                     @JsonInclude(JsonInclude.Include.NON_NULL) ModelGrading modelGrading) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Agreement for one stage in one language.
     *
     * @param quadraticKappa the rounded ratings' quadratic-weighted κ with the labels, over every rated dimension
     */
    public record StageLanguage(String stage, String language, int answers, Map<String, Double> spearmanByDimension,
                                double ratingMae, double quadraticKappa, double stageScoreSpearman, int stageInterviews) {

        public double minDimensionSpearman() {
            return spearmanByDimension.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }
    }

    /**
     * How a model graded the split's answers, each once: whose rating stood, how often a stage interview would go to
     * a person, and what it cost.
     *
     * @param trusted          answers whose model ratings passed the checks
     * @param untrusted        answers with a rating the checks rejected (a quote not in the answer, or none for a
     *                         rating above 1): the rubric brain's rating stands in
     * @param unparseable      answers whose grading could not be read, asked twice: the rubric brain's rating stands in
     * @param unavailable      answers the model did not grade (an error, a timeout): the rubric brain rates them
     * @param stageReviewRate  share of the synthetic stage interviews that need review (any question untrusted,
     *                         unparseable or unavailable, or text addressed to the grader)
     * @param inputTokens      prompt tokens over all calls, as the server reported them
     */
    public record ModelGrading(String model, int answers, int trusted, int untrusted, int unparseable, int unavailable,
                               int stageInterviews, double stageReviewRate, int calls, long inputTokens,
                               long outputTokens) {

        String render() {
            return String.format("Model grading (%s), each answer once: %d answers, the model's ratings stood for %d; the "
                            + "rubric brain's stood in for %d untrusted, %d unparseable, %d unavailable%n"
                            + "  stage interviews to review %.1f %% (of %d)%n"
                            + "  model calls %d, tokens in/out %d/%d%n", model, answers, trusted, untrusted, unparseable,
                    unavailable, 100 * stageReviewRate, stageInterviews, calls, inputTokens, outputTokens);
        }
    }

    /** A synthetic whole interview: predicted and labelled total, and the facts the rates count. */
    public record InterviewRun(double total, double labelTotal, boolean review, boolean meetsTheBarEverywhere,
                               boolean belowTheBarEverywhere) {

        static InterviewRun of(List<Evaluation.StageRun> stages, Map<String, Double> plan) {
            double total = StageScore.total(stages.stream()
                    .map(s -> new StageScore(s.stage(), plan.get(s.stage()), s.score())).toList()).orElseThrow();
            double label = StageScore.total(stages.stream()
                    .map(s -> new StageScore(s.stage(), plan.get(s.stage()), s.labelScore())).toList()).orElseThrow();
            List<Double> labels = stages.stream().flatMap(s -> s.labelByDimension().values().stream()).toList();
            return new InterviewRun(total, label, stages.stream().anyMatch(Evaluation.StageRun::review),
                    labels.stream().allMatch(l -> l >= 3), labels.stream().allMatch(l -> l <= 2));
        }
    }

    static Report of(List<Evaluation.Rated> rated, List<Evaluation.StageRun> stageRuns, List<InterviewRun> interviews,
                     List<Double> paired, double cpuMillisPerAnswer, ModelGrading modelGrading) {
        List<StageLanguage> stages = new ArrayList<>();
        Map<String, Map<Language, List<Evaluation.Rated>>> byStage = new TreeMap<>();
        rated.forEach(r -> byStage.computeIfAbsent(r.answer().stage(), s -> new EnumMap<>(Language.class))
                .computeIfAbsent(r.answer().language(), l -> new ArrayList<>()).add(r));
        byStage.forEach((stage, byLanguage) -> byLanguage.forEach((language, ofStage) -> {
            Map<String, List<Double>> predicted = new TreeMap<>();
            Map<String, List<Double>> labels = new TreeMap<>();
            List<Integer> rounded = new ArrayList<>();
            List<Integer> roundedLabels = new ArrayList<>();
            for (Evaluation.Rated r : ofStage) {
                r.answer().labels().forEach((dimension, label) -> {
                    double rating = r.ratings().get(dimension);
                    predicted.computeIfAbsent(dimension, d -> new ArrayList<>()).add(rating);
                    labels.computeIfAbsent(dimension, d -> new ArrayList<>()).add((double) label);
                    rounded.add((int) Math.round(rating));
                    roundedLabels.add(label);
                });
            }
            Map<String, Double> spearman = new TreeMap<>();
            predicted.forEach((dimension, values) -> spearman.put(dimension,
                    round(Statistics.spearman(values, labels.get(dimension)))));
            List<Evaluation.StageRun> runs = stageRuns.stream()
                    .filter(run -> run.stage().equals(stage) && run.language() == language).toList();
            stages.add(new StageLanguage(stage, language.code(), ofStage.size(), spearman,
                    round(Statistics.meanAbsoluteError(rounded.stream().map(Integer::doubleValue).toList(),
                            roundedLabels.stream().map(Integer::doubleValue).toList())),
                    round(Statistics.quadraticWeightedKappa(rounded, roundedLabels, DimensionRating.MIN_RATING,
                            DimensionRating.MAX_RATING)),
                    round(Statistics.spearman(runs.stream().map(Evaluation.StageRun::score).toList(),
                            runs.stream().map(Evaluation.StageRun::labelScore).toList())), runs.size()));
        }));

        Map<LabelledAnswer, Map<String, Double>> ratings = rated.stream()
                .collect(Collectors.toMap(Evaluation.Rated::answer, Evaluation.Rated::ratings));
        Map<String, Double> biasByStyle = Statistics.meanBias(ratings, LabelledAnswer::style);
        biasByStyle.replaceAll((style, bias) -> round(bias));
        Map<String, Double> differenceByLanguage = Statistics.standardizedMeanDifference(ratings,
                answer -> answer.language().code());
        differenceByLanguage.replaceAll((language, difference) -> round(difference));

        Map<String, Map<String, Double>> followUps = new TreeMap<>();
        rated.stream().collect(Collectors.groupingBy(r -> r.answer().language().code(), TreeMap::new,
                Collectors.groupingBy(r -> String.valueOf(r.answer().level()), TreeMap::new, Collectors.toList())))
                .forEach((language, byLevel) -> byLevel.forEach((level, ofLevel) ->
                        followUps.computeIfAbsent(language, l -> new TreeMap<>()).put(level,
                                round((double) ofLevel.stream().filter(Evaluation.Rated::followUp).count() / ofLevel.size()))));

        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        for (Band labelled : Band.values()) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (Band predicted : Band.values()) {
                row.put(predicted.name(), (int) interviews.stream()
                        .filter(i -> BandThresholds.DEFAULT.bandOf(i.labelTotal()) == labelled
                                && BandThresholds.DEFAULT.bandOf(i.total()) == predicted).count());
            }
            confusion.put(labelled.name(), row);
        }
        List<Double> answerDifferences = rated.stream().collect(Collectors.groupingBy(r -> r.answer().group()))
                .values().stream().filter(group -> group.size() == 2)
                .map(group -> Math.abs(points(group.get(0)) - points(group.get(1)))).toList();
        List<InterviewRun> meeting = interviews.stream().filter(InterviewRun::meetsTheBarEverywhere).toList();
        List<InterviewRun> below = interviews.stream().filter(InterviewRun::belowTheBarEverywhere).toList();
        return new Report(stages, biasByStyle, differenceByLanguage, followUps, confusion, interviews.size(),
                rate(meeting.stream().filter(i -> i.total() < BandThresholds.DEFAULT.borderline()).count(),
                        meeting.size()),
                meeting.size(),
                rate(below.stream().filter(i -> i.total() >= BandThresholds.DEFAULT.borderline()).count(),
                        below.size()),
                below.size(),
                rate(interviews.stream().filter(InterviewRun::review).count(), interviews.size()),
                round(paired.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN)),
                round(paired.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)), paired.size(),
                round(answerDifferences.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN)),
                rate(answerDifferences.stream().filter(d -> d <= 5).count(), answerDifferences.size()),
                answerDifferences.size(),
                round(cpuMillisPerAnswer), rated.size(), modelGrading);
    }

    /** The tables, then the machine-readable line. */
    public String render(String title) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append(String.format("%-6s %-4s %7s %9s %6s %10s %12s  %s%n", "stage", "lang", "answers", "ratingMAE",
                "QWK", "stageRho", "minDimRho", "Spearman rho per dimension"));
        for (StageLanguage s : stages) {
            out.append(String.format("%-6s %-4s %7d %9.2f %6.2f %10.2f %12.2f  %s%n", s.stage(), s.language(),
                    s.answers(), s.ratingMae(), s.quadraticKappa(), s.stageScoreSpearman(), s.minDimensionSpearman(),
                    s.spearmanByDimension()));
        }
        out.append("Mean rating minus label by style (0 = no bias; the same brain must not favour a way of writing): ")
                .append(ratingBiasByStyle).append('\n');
        out.append("The same by language, in standard deviations of its labels (ETS flags beyond ±0.15): ")
                .append(standardizedDifferenceByLanguage).append('\n');
        out.append(String.format("%nSynthetic whole interviews (plan tech 0.4, hr 0.3, boss 0.3): %d%n", interviews));
        out.append(String.format("  false-reject rate %.1f %% (of %d labelled >= 3 on every dimension)%n",
                100 * falseRejectRate, meetsTheBarEverywhere));
        out.append(String.format("  false-offer rate  %.1f %% (of %d labelled <= 2 on every dimension)%n",
                100 * falseOfferRate, belowTheBarEverywhere));
        out.append(String.format("  review rate       %.1f %%%n", 100 * reviewRate));
        out.append("  band confusion (rows: label, columns: predicted)\n");
        out.append(String.format("    %-12s", "")).append(bandConfusion.keySet().stream()
                .map(b -> String.format("%12s", b)).collect(Collectors.joining())).append('\n');
        bandConfusion.forEach((label, row) -> out.append(String.format("    %-12s", label)).append(row.values().stream()
                .map(n -> String.format("%12d", n)).collect(Collectors.joining())).append('\n'));
        out.append(String.format("Same content, English vs Chinese stage scores: mean |diff| %.1f, max %.1f points "
                + "(%d paired stage interviews)%n", pairedMeanDifference, pairedMaxDifference, pairedInterviews));
        out.append(String.format("Same content, English vs Chinese answer (mean rating in points): mean |diff| %.1f, "
                + "%.0f %% within 5 points (%d pairs)%n", pairedAnswerMeanDifference, 100 * pairedAnswerWithin5, pairedAnswers));
        out.append(modelGrading == null ? "Follow-up rate by labelled level: "
                : "Follow-up rate by labelled level (the rubric brain's decision, not the model's): ")
                .append(followUpRateByLevel).append('\n');
        out.append(String.format("CPU per rated answer: %.1f ms (%d answers)%n", cpuMillisPerAnswer, answers));
        if (modelGrading != null) {
            out.append(modelGrading.render());
        }
        try {
            out.append("EVAL ").append(MAPPER.writeValueAsString(this)).append('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** An answer's mean rating over its dimensions, in points. */
    private static double points(Evaluation.Rated rated) {
        return RatingScale.points(rated.ratings().values().stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }

    static double rate(long count, int of) {
        return of == 0 ? 0 : round((double) count / of);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
