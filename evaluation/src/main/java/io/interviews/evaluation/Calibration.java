package io.interviews.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.interviews.events.Language;
import io.interviews.stage.rubric.AnswerEmbeddings;
import io.interviews.stage.rubric.AnswerFeatures;
import io.interviews.stage.rubric.AnswerModel;
import io.interviews.stage.rubric.AnswerRater;
import io.interviews.stage.rubric.AnswerReader;
import io.interviews.stage.rubric.AnswerReading;
import io.interviews.stage.rubric.Exemplars;
import io.interviews.stage.rubric.InjectionScreen;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.QuestionWords;
import io.interviews.stage.rubric.SaidBefore;
import io.interviews.stage.rubric.StageBank;
import io.interviews.stage.rubric.StageBankLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fits the rubric brain on the {@code dev} split: per language, a ridge probe from answer vector to labelled level
 * (cross-fitted, so the next step sees honest probe readings), the stages' exemplars (every dev answer with its
 * labels and vector), and the ridge model from {@link AnswerFeatures} (plus the nearest exemplars' vote, each
 * answer's own group left out) to the label of each dimension. Deterministic: the same set gives the same files.
 */
public final class Calibration {

    static final int NEIGHBOURS = 7;
    static final double SHARPNESS = 20;
    static final double[] PROBE_PENALTIES = {0.03, 0.1, 0.3, 1, 3};
    static final double MODEL_PENALTY = 1;
    static final int FOLDS = 5;
    /** The share of dev answers whose nearest exemplar, neighbour spread or disagreement counts as unusual. */
    static final double UNUSUAL = 0.015;
    /** A stage goes to review when this many of its answers are uncertain (one alone is noise, not a pattern). */
    static final int UNCERTAIN_ANSWERS_FOR_REVIEW = 2;
    /** How far below the least relevant (least similar) rated dev answers the off-topic gates sit. */
    static final double OFF_TOPIC_MARGIN = 0.03;

    /** Where stage-kit keeps the rubric brain's fitted files, relative to the repository's root. */
    static final String RUBRIC_RESOURCES = "stage-kit/src/main/resources/io/interviews/stage/rubric";
    /** Where the repository keeps the plug-in stages it ships (the guide's {@code coding}), relative to its root. */
    static final String PLUG_IN_STAGES = "deploy/stages";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** For the word counts: thousands of numbers a question, one line each would be most of the file. */
    private static final ObjectMapper COMPACT = new ObjectMapper();

    /** What calibration writes: an answer model and question words per language, exemplars per stage and language. */
    public record Fitted(Map<Language, AnswerModel> models, Map<String, Map<Language, Exemplars>> exemplars,
                         Map<Language, QuestionWords.File> questionWords) {

        /** These models, each with {@code scale} ({@link MeanScaleFit}; {@link #fit} leaves every mean as it is). */
        Fitted withMeanScale(AnswerModel.MeanScale scale) {
            Map<Language, AnswerModel> scaled = new EnumMap<>(Language.class);
            models.forEach((language, model) -> scaled.put(language, model.withMeanScale(scale)));
            return new Fitted(scaled, exemplars, questionWords);
        }

        /** A rater with these models and question words. */
        AnswerRater rater(AnswerReader reader) {
            Map<Language, QuestionWords> words = new EnumMap<>(Language.class);
            questionWords.forEach((language, file) -> words.put(language, new QuestionWords(file)));
            return new AnswerRater(reader, models, words);
        }
    }

    private record Read(LabelledAnswer answer, AnswerReading reading) {
    }

    private Calibration() {
    }

    public static Fitted fit(List<StageBank> stages, List<LabelledAnswer> dev, AnswerReader reader, String fittedOn) {
        Map<Language, AnswerModel> models = new EnumMap<>(Language.class);
        Map<Language, QuestionWords.File> questionWords = new EnumMap<>(Language.class);
        Map<String, Map<Language, Exemplars>> exemplars = new LinkedHashMap<>();
        stages.forEach(stage -> exemplars.put(stage.stage(), new EnumMap<>(Language.class)));
        for (Language language : Language.values()) {
            List<Read> reads = new ArrayList<>();
            for (LabelledAnswer answer : dev) {
                if (answer.language() == language) {
                    reads.add(new Read(answer, reader.read(language, question(stages, answer),
                            List.of(InjectionScreen.screen(answer.text())), SaidBefore.nothing())));
                }
            }
            reads.removeIf(read -> read.reading().saidNothing());
            for (StageBank stage : stages) {
                List<Exemplars.Entry> entries = reads.stream().filter(read -> read.answer().stage().equals(stage.stage()))
                        .map(read -> Exemplars.Entry.of(read.answer().id(), read.answer().questionId(),
                                read.answer().labels(), read.reading().vector()))
                        .toList();
                exemplars.get(stage.stage()).put(language, new Exemplars(new Exemplars.File(stage.stage(),
                        language.code(), fittedOn, entries)));
            }
            models.put(language, fitLanguage(language, reads, exemplars, fittedOn));
            questionWords.put(language, QuestionWordsFit.fit(language, reads.stream()
                    .map(read -> new QuestionWordsFit.Answer(read.answer().group(), read.answer().questionId(),
                            QuestionWords.words(language, read.reading().kept())))
                    .toList(), fittedOn));
        }
        return new Fitted(models, exemplars, questionWords);
    }

    private static AnswerModel fitLanguage(Language language, List<Read> reads,
                                           Map<String, Map<Language, Exemplars>> exemplars, String fittedOn) {
        double[] probeOutOfFold = new double[reads.size()];
        double bestPenalty = PROBE_PENALTIES[0];
        double bestError = Double.MAX_VALUE;
        for (double penalty : PROBE_PENALTIES) {
            double[] predicted = probeOutOfFold(reads, penalty);
            double error = 0;
            for (int i = 0; i < reads.size(); i++) {
                error += Math.pow(predicted[i] - reads.get(i).answer().meanLabel(), 2);
            }
            if (error < bestError) {
                bestError = error;
                bestPenalty = penalty;
                probeOutOfFold = predicted;
            }
        }
        double[] probe = Ridge.fit(reads.stream().map(read -> withIntercept(read.reading().vector())).toList(),
                reads.stream().map(read -> read.answer().meanLabel()).toList(), bestPenalty);

        List<double[]> genericRows = new ArrayList<>();
        List<double[]> neighbourRows = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        List<Double> nearest = new ArrayList<>();
        List<Double> spreads = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            Read read = reads.get(i);
            AnswerFeatures features = new AnswerFeatures(probeOutOfFold[i], read.reading().signals());
            Exemplars stageExemplars = exemplars.get(read.answer().stage()).get(language);
            for (Map.Entry<String, Integer> label : read.answer().labels().entrySet()) {
                Optional<Exemplars.Vote> vote = stageExemplars.vote(read.answer().questionId(), label.getKey(),
                        read.reading().vector(), NEIGHBOURS, SHARPNESS, Exemplars.group(read.answer().id()));
                if (vote.isEmpty()) {
                    continue;
                }
                genericRows.add(features.vector());
                neighbourRows.add(features.vector(vote.get().label()));
                targets.add((double) label.getValue());
                nearest.add(vote.get().nearest());
                spreads.add(vote.get().spread());
            }
        }
        double[] generic = stretched(Ridge.fit(genericRows, targets, MODEL_PENALTY), genericRows, targets);
        double[] withExemplars = stretched(Ridge.fit(neighbourRows, targets, MODEL_PENALTY), neighbourRows, targets);

        List<Double> disagreements = new ArrayList<>();
        for (int i = 0; i < genericRows.size(); i++) {
            disagreements.add(Math.abs(Ridge.predict(generic, genericRows.get(i))
                    - neighbourRows.get(i)[neighbourRows.get(i).length - 1]));
        }
        List<Double> relevanceMeetingTheBar = reads.stream().filter(read -> read.answer().meanLabel() >= 3)
                .map(read -> read.reading().relevance()).toList();
        AnswerModel.OffTopic offTopic = new AnswerModel.OffTopic(
                offTopicNearestBelow(language, reads, exemplars),
                round(Statistics.percentile(relevanceMeetingTheBar, 0.01) - OFF_TOPIC_MARGIN));
        AnswerModel.Review review = new AnswerModel.Review(40,
                round(Statistics.percentile(nearest, UNUSUAL)), round(Statistics.percentile(spreads, 1 - UNUSUAL)),
                round(Statistics.percentile(disagreements, 1 - UNUSUAL)), UNCERTAIN_ANSWERS_FOR_REVIEW, 3);
        return new AnswerModel(language, AnswerEmbeddings.shared().describe(language),
                fittedOn + "; probe penalty " + bestPenalty + ", " + reads.size() + " answers, " + targets.size()
                        + " dimension labels",
                new AnswerModel.Probe(probe[0], boxed(Arrays.copyOfRange(probe, 1, probe.length))),
                boxed(generic), boxed(withExemplars), offTopic, NEIGHBOURS, SHARPNESS, review,
                AnswerModel.MeanScale.identity());
    }

    /**
     * Just below the least similar dev answer labelled 2 or more, every answer written in its style left out (its own
     * group with them): the gate only catches what is unlike every answer a person rated, short or long (chatter
     * nearer than that is rated low by the model). A candidate the project never saw has no answer of their own
     * writer among the exemplars; measured against its own writer's answers, the least similar answer grew more
     * similar with every batch a writer added, and the gate shut out more of those who write unlike all of them.
     */
    private static double offTopicNearestBelow(Language language, List<Read> reads,
                                               Map<String, Map<Language, Exemplars>> exemplars) {
        Map<String, Set<String>> groupsByStyle = reads.stream().collect(Collectors.groupingBy(
                read -> read.answer().style(), Collectors.mapping(read -> read.answer().group(), Collectors.toSet())));
        Map<List<String>, Exemplars> otherStyles = new HashMap<>();
        return round(reads.stream().filter(read -> read.answer().meanLabel() >= 2)
                .map(read -> otherStyles.computeIfAbsent(List.of(read.answer().stage(), read.answer().style()),
                                stageAndStyle -> exemplars.get(read.answer().stage()).get(language)
                                        .without(groupsByStyle.get(read.answer().style())))
                        .nearest(read.answer().questionId(), read.reading().vector(), Exemplars.group(read.answer().id())))
                // in a fold of cross-validation a question may have answers in one style only
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .min().orElseThrow() - OFF_TOPIC_MARGIN);
    }

    /**
     * The coefficients rescaled so that their predictions spread like the labels: least squares pulls every
     * prediction towards the mean, which would turn exceptional answers into merely strong ones and weak ones into
     * borderline. A linear map of a linear model is a linear model: the file keeps its shape.
     */
    private static double[] stretched(double[] coefficients, List<double[]> rows, List<Double> targets) {
        List<Double> predicted = rows.stream().map(row -> Ridge.predict(coefficients, row)).toList();
        double meanPredicted = predicted.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double meanTarget = targets.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double scale = standardDeviation(targets, meanTarget) / standardDeviation(predicted, meanPredicted);
        double[] result = new double[coefficients.length];
        for (int i = 0; i < coefficients.length; i++) {
            result[i] = scale * coefficients[i];
        }
        result[0] += meanTarget - scale * meanPredicted;
        return result;
    }

    private static double standardDeviation(List<Double> values, double mean) {
        return Math.sqrt(values.stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElseThrow());
    }

    /** Each answer's probe reading from a probe fitted without its fold (folds by content group). */
    private static double[] probeOutOfFold(List<Read> reads, double penalty) {
        double[] predicted = new double[reads.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<double[]> rows = new ArrayList<>();
            List<Double> targets = new ArrayList<>();
            for (Read read : reads) {
                if (fold(read) != fold) {
                    rows.add(withIntercept(read.reading().vector()));
                    targets.add(read.answer().meanLabel());
                }
            }
            double[] probe = Ridge.fit(rows, targets, penalty);
            for (int i = 0; i < reads.size(); i++) {
                if (fold(reads.get(i)) == fold) {
                    predicted[i] = Ridge.predict(probe, withIntercept(reads.get(i).reading().vector()));
                }
            }
        }
        return predicted;
    }

    private static int fold(Read read) {
        return fold(read.answer().group());
    }

    /** The cross-validation fold of a content group: an answer and its translation always share it. */
    static int fold(String group) {
        return Math.floorMod(group.hashCode(), FOLDS);
    }

    /** What {@link #write} wrote, and the stages it moved to their next rubric version. */
    record Written(List<Path> files, Map<String, RubricVersions.Bump> bumps) {
    }

    /**
     * Writes the answer models and question words into stage-kit and the exemplars beside each shipped stage's bank,
     * under {@code repo}. A stage whose exemplars changed, and every stage in the repository when an answer model or
     * the question words changed (the plug-in stages under {@code deploy/stages} too: they rate with the same models),
     * moves to its next rubric version in {@code month} ({@link RubricVersions}); writing what is already there moves
     * none.
     */
    static Written write(Fitted fitted, Path repo, YearMonth month) {
        List<Path> written = new ArrayList<>();
        Map<String, Path> changedStages = new TreeMap<>();
        try {
            boolean modelChanged = false;
            for (AnswerModel model : fitted.models().values()) {
                Path file = repo.resolve(RUBRIC_RESOURCES).resolve("answer-model-" + model.language().code() + ".json");
                modelChanged |= writeIfChanged(file, MAPPER.writeValueAsBytes(model));
                written.add(file);
            }
            for (QuestionWords.File words : fitted.questionWords().values()) {
                Path file = repo.resolve(RUBRIC_RESOURCES).resolve("question-words-" + words.language() + ".json");
                modelChanged |= writeIfChanged(file, COMPACT.writeValueAsBytes(words));
                written.add(file);
            }
            for (Map.Entry<String, Map<Language, Exemplars>> stage : fitted.exemplars().entrySet()) {
                Path directory = repo.resolve("interviewer-" + stage.getKey() + "/src/main/resources/"
                        + StageBankLoader.CLASSPATH_ROOT + "/" + stage.getKey());
                for (Map.Entry<Language, Exemplars> language : stage.getValue().entrySet()) {
                    Path file = directory.resolve(StageBankLoader.exemplarsFileName(language.getKey()));
                    if (writeIfChanged(file, MAPPER.writeValueAsBytes(language.getValue().file())) || modelChanged) {
                        changedStages.put(stage.getKey(), directory);
                    }
                    written.add(file);
                }
            }
            if (modelChanged) {
                changedStages.putAll(plugInStages(repo));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the calibration", e);
        }
        Map<String, RubricVersions.Bump> bumps = new LinkedHashMap<>();
        changedStages.forEach((stage, directory) -> bumps.put(stage, RubricVersions.bump(directory, month)));
        bumps.values().forEach(bump -> written.addAll(bump.banks()));
        return new Written(written, bumps);
    }

    /** Writes {@code content} to {@code file}; whether that changed the file. */
    private static boolean writeIfChanged(Path file, byte[] content) throws IOException {
        if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), content)) {
            return false;
        }
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return true;
    }

    /** The stages under {@code deploy/stages} (each a folder with its banks), by name. */
    private static Map<String, Path> plugInStages(Path repo) throws IOException {
        Path root = repo.resolve(PLUG_IN_STAGES);
        if (!Files.isDirectory(root)) {
            return Map.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(folder -> Files.exists(folder.resolve(StageBankLoader.fileName(Language.EN))))
                    .collect(Collectors.toMap(folder -> folder.getFileName().toString(), folder -> folder));
        }
    }

    static Question question(List<StageBank> stages, LabelledAnswer answer) {
        return stages.stream().filter(stage -> stage.stage().equals(answer.stage())).findFirst().orElseThrow()
                .bank(answer.language()).question(answer.questionId()).orElseThrow();
    }

    private static double[] withIntercept(float[] vector) {
        double[] row = new double[vector.length + 1];
        row[0] = 1;
        for (int i = 0; i < vector.length; i++) {
            row[i + 1] = vector[i];
        }
        return row;
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).map(Calibration::round6).boxed().toList();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double round6(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
