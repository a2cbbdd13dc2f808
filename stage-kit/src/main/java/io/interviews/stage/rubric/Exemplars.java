package io.interviews.stage.rubric;

import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Labelled example answers of one stage in one language ({@code exemplars-<language>.json} beside the bank,
 * written by the evaluation module's {@code calibrate} command from the {@code dev} split): for each, the question
 * it answers, a hiring manager's rating of each dimension the question rates, and its answer vector. The exemplars
 * nearest to an answer to the same question vote on its rating, closer ones more.
 */
public final class Exemplars {

    public static final Exemplars NONE = new Exemplars(new File("", "", "none", List.of()));

    /** The file's form. */
    public record File(String stage, String language, String source, List<Entry> exemplars) {

        public File {
            exemplars = List.copyOf(exemplars);
        }
    }

    /**
     * @param vector the unit answer vector scaled so its largest component is 127, rounded to bytes, Base64: small,
     *               and its cosine similarities differ from the float vector's by less than 0.01
     */
    public record Entry(String id, String questionId, Map<String, Integer> labels, String vector) {

        public Entry {
            // sorted, so that calibration writes the same file every time
            labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
        }

        public static Entry of(String id, String questionId, Map<String, Integer> labels, float[] vector) {
            float max = 1e-6f;
            for (float value : vector) {
                max = Math.max(max, Math.abs(value));
            }
            byte[] bytes = new byte[vector.length];
            for (int i = 0; i < vector.length; i++) {
                bytes[i] = (byte) Math.round(vector[i] * 127 / max);
            }
            return new Entry(id, questionId, labels, Base64.getEncoder().encodeToString(bytes));
        }
    }

    /**
     * How the exemplars nearest to an answer rate one dimension.
     *
     * @param label   their similarity-weighted mean rating
     * @param spread  the weighted standard deviation of their ratings
     * @param nearest the similarity of the closest one
     */
    public record Vote(double label, double spread, double nearest) {
    }

    private record Example(String group, Map<String, Integer> labels, float[] vector) {
    }

    private final File file;
    private final Map<String, List<Example>> byQuestion;

    public Exemplars(File file) {
        this.file = file;
        this.byQuestion = file.exemplars().stream().collect(Collectors.groupingBy(Entry::questionId,
                Collectors.mapping(entry -> new Example(group(entry.id()), entry.labels(), decode(entry.vector())),
                        Collectors.toList())));
    }

    public File file() {
        return file;
    }

    /**
     * These exemplars without those of {@code groups}: to rate an answer of the labelled set the way an unseen one is
     * rated, neither it nor its translation may vote.
     */
    public Exemplars without(Collection<String> groups) {
        return new Exemplars(new File(file.stage(), file.language(), file.source(), file.exemplars().stream()
                .filter(entry -> !groups.contains(group(entry.id()))).toList()));
    }

    public boolean covers(String questionId) {
        return byQuestion.containsKey(questionId);
    }

    /**
     * The similarity of the exemplar of {@code questionId} nearest to {@code vector}, whatever it rates; empty when
     * the question has none (besides {@code excludedGroup}'s).
     */
    public OptionalDouble nearest(String questionId, float[] vector, String excludedGroup) {
        return byQuestion.getOrDefault(questionId, List.of()).stream()
                .filter(example -> !example.group().equals(excludedGroup))
                .mapToDouble(example -> AnswerEmbeddings.cosine(vector, example.vector()))
                .max();
    }

    /**
     * The vote of the {@code count} exemplars of {@code questionId} nearest to {@code vector} on {@code dimension};
     * empty when there is no exemplar of that question rating it. Exemplars of {@code excludedGroup} do not vote: an
     * exemplar rated during calibration must not see itself (or its translation).
     */
    public Optional<Vote> vote(String questionId, String dimension, float[] vector, int count, double sharpness,
                               String excludedGroup) {
        record Scored(double similarity, int label) {
        }
        List<Scored> nearest = byQuestion.getOrDefault(questionId, List.of()).stream()
                .filter(example -> example.labels().containsKey(dimension) && !example.group().equals(excludedGroup))
                .map(example -> new Scored(AnswerEmbeddings.cosine(vector, example.vector()), example.labels().get(dimension)))
                .sorted(Comparator.comparingDouble(Scored::similarity).reversed())
                .limit(count)
                .toList();
        if (nearest.isEmpty()) {
            return Optional.empty();
        }
        double top = nearest.get(0).similarity();
        double weights = 0;
        double sum = 0;
        for (Scored scored : nearest) {
            double weight = Math.exp(sharpness * (scored.similarity() - top));
            weights += weight;
            sum += weight * scored.label();
        }
        double mean = sum / weights;
        double variance = 0;
        for (Scored scored : nearest) {
            variance += Math.exp(sharpness * (scored.similarity() - top)) * Math.pow(scored.label() - mean, 2);
        }
        return Optional.of(new Vote(mean, Math.sqrt(variance / weights), top));
    }

    /** The content group of an answer id: the same answer in both languages shares it ({@code tech-1-07-en} → {@code tech-1-07}). */
    public static String group(String answerId) {
        int dash = answerId.lastIndexOf('-');
        return dash < 0 ? answerId : answerId.substring(0, dash);
    }

    private static float[] decode(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        float[] values = new float[bytes.length];
        double norm = 0;
        for (int i = 0; i < bytes.length; i++) {
            values[i] = bytes[i];
            norm += values[i] * values[i];
        }
        float scale = (float) (1 / Math.sqrt(Math.max(norm, 1e-12)));
        for (int i = 0; i < values.length; i++) {
            values[i] *= scale;
        }
        return values;
    }
}
