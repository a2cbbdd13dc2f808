package io.interviews.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.events.Language;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.StageBank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The labelled set, {@code eval-set/<stage>/<questionId>.json} on the classpath: one file per main question of the
 * shipped stages, answers in English and Chinese; and the challenge answers, {@code eval-challenge/…} in the same
 * form, which nothing is fitted on. Checked on load: every answer rates exactly the dimensions its question rates,
 * with labels 1–5, and ids are unique.
 */
public final class EvalSet {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private record File(String stage, String questionId, List<Entry> answers) {
    }

    private record Entry(String id, String group, String language, String style, int level, Map<String, Integer> labels,
                         String text) {
    }

    private EvalSet() {
    }

    /** Every labelled answer to the questions of {@code stages}: the set the brain is fitted on ({@code dev}). */
    public static List<LabelledAnswer> load(List<StageBank> stages) {
        return load("eval-set", stages);
    }

    /** The challenge answers to the questions of {@code stages}: only ever reported, whatever their split. */
    public static List<LabelledAnswer> challenge(List<StageBank> stages) {
        return load("eval-challenge", stages);
    }

    private static List<LabelledAnswer> load(String directory, List<StageBank> stages) {
        List<LabelledAnswer> answers = new ArrayList<>();
        for (StageBank stage : stages) {
            for (Question question : stage.bank(Language.EN).questions()) {
                answers.addAll(read(directory + "/" + stage.stage() + "/" + question.id() + ".json", stage.stage(),
                        question));
            }
        }
        long distinct = answers.stream().map(LabelledAnswer::id).distinct().count();
        if (distinct != answers.size()) {
            throw new IllegalStateException(directory + " repeats answer ids");
        }
        return List.copyOf(answers);
    }

    private static List<LabelledAnswer> read(String resource, String stage, Question question) {
        try (InputStream in = EvalSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no labelled answers at " + resource);
            }
            File file = MAPPER.readValue(in, File.class);
            List<LabelledAnswer> answers = new ArrayList<>();
            for (Entry entry : file.answers()) {
                if (!entry.labels().keySet().equals(java.util.Set.copyOf(question.dimensions()))
                        || entry.labels().values().stream().anyMatch(label -> label < 1 || label > 5)) {
                    throw new IllegalStateException(resource + ": " + entry.id() + " must label " + question.dimensions()
                            + " with 1–5, has " + entry.labels());
                }
                answers.add(new LabelledAnswer(entry.id(), entry.group(), stage, question.id(),
                        Language.fromCode(entry.language()), entry.style(), entry.level(), entry.labels(), entry.text()));
            }
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
