package io.interviews.evaluation;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.events.Language;
import io.interviews.stage.embedding.StaticEmbeddings;
import io.interviews.stage.embedding.WordPieceTokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Distils a bge-small model into a {@link StaticEmbeddings} table, as model2vec does: every vocabulary piece goes
 * through the transformer alone and its sentence vector (the [CLS] output, bge's pooling) becomes the piece's vector;
 * a principal-component rotation keeps the {@code dimensions} strongest directions (and drops the direction every
 * piece shares); each piece is weighted a / (a + p), p its frequency in a reference corpus, so filler words count
 * little. Deterministic: one thread, fixed order.
 */
final class Distillation {

    private static final int BATCH = 256;
    private static final long CLS = 101;
    private static final long SEP = 102;
    private static final String JIEBA_DICTIONARY = "dict.txt";

    private Distillation() {
    }

    /** The bge model shipped for a language (same names as the jars' resources). */
    static String teacher(Language language) {
        return language == Language.ZH ? "bge-small-zh-v1.5-q" : "bge-small-en-v1.5-q";
    }

    /**
     * @param smoothing a in the weight a / (a + p): a piece seen more often than this share of the time counts less
     */
    static StaticEmbeddings distill(Language language, int dimensions, double smoothing, List<String> corpus,
                                    int chineseWords) {
        String teacher = teacher(language);
        Vocabulary vocabulary = Vocabulary.read(teacher + "-tokenizer.json");
        if (language == Language.ZH) {
            vocabulary = vocabulary.withWords(chineseWords(vocabulary, chineseWords));
        }
        float[][] vectors = principalComponents(teacherVectors(teacher, vocabulary), vocabulary.usable, dimensions);
        float[] weights = frequencyWeights(new WordPieceTokenizer(Arrays.asList(vocabulary.pieces), vocabulary.lowercase),
                vocabulary, smoothing, corpus);
        return StaticEmbeddings.of(teacher, vocabulary.lowercase, Arrays.asList(vocabulary.pieces), weights, vectors);
    }

    /**
     * The {@code limit} most frequent words of jieba's dictionary of two to four Chinese characters that the teacher
     * spells character by character: a word's vector then carries what the characters mean together (监控 is
     * monitoring, not 监 and 控), so long Chinese answers stop all looking alike.
     */
    private static List<String> chineseWords(Vocabulary vocabulary, int limit) {
        Set<String> pieces = new HashSet<>(Arrays.asList(vocabulary.pieces));
        record Entry(String word, long frequency) {
        }
        try (InputStream in = Distillation.class.getClassLoader().getResourceAsStream(JIEBA_DICTIONARY)) {
            if (in == null) {
                throw new IllegalStateException(JIEBA_DICTIONARY + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.split(" "))
                    .filter(fields -> fields.length >= 2)
                    .map(fields -> new Entry(fields[0], Long.parseLong(fields[1])))
                    .filter(entry -> {
                        int length = entry.word().codePointCount(0, entry.word().length());
                        return length >= 2 && length <= 4 && entry.word().codePoints()
                                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                                        && pieces.contains(new String(Character.toChars(cp))));
                    })
                    .sorted(Comparator.comparingLong(Entry::frequency).reversed().thenComparing(Entry::word))
                    .map(Entry::word)
                    .distinct()
                    .limit(limit)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + JIEBA_DICTIONARY, e);
        }
    }

    /**
     * The pieces of the teacher's tokenizer (and any words added), and what the teacher reads for each: its own id,
     * or a word's characters; special and unused pieces are not usable (zero vector, zero weight).
     */
    private record Vocabulary(String[] pieces, long[][] teacherIds, boolean[] usable, boolean lowercase) {

        Vocabulary withWords(List<String> words) {
            Map<String, Integer> ids = new HashMap<>();
            for (int id = 0; id < pieces.length; id++) {
                ids.put(pieces[id], id);
            }
            int size = pieces.length + words.size();
            String[] allPieces = Arrays.copyOf(pieces, size);
            long[][] allTeacherIds = Arrays.copyOf(teacherIds, size);
            boolean[] allUsable = Arrays.copyOf(usable, size);
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                allPieces[pieces.length + i] = word;
                allTeacherIds[pieces.length + i] = word.codePoints()
                        .mapToLong(cp -> ids.get(new String(Character.toChars(cp)))).toArray();
                allUsable[pieces.length + i] = true;
            }
            return new Vocabulary(allPieces, allTeacherIds, allUsable, lowercase);
        }

        static Vocabulary read(String resource) {
            try (InputStream in = Distillation.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the classpath");
                }
                JsonNode tokenizer = new ObjectMapper().readTree(in);
                JsonNode vocab = tokenizer.path("model").path("vocab");
                String[] pieces = new String[vocab.size()];
                vocab.properties().forEach(entry -> pieces[entry.getValue().asInt()] = entry.getKey());
                boolean[] usable = new boolean[pieces.length];
                for (int id = 0; id < pieces.length; id++) {
                    usable[id] = !(pieces[id].startsWith("[") && pieces[id].endsWith("]"));
                }
                long[][] teacherIds = new long[pieces.length][];
                for (int id = 0; id < pieces.length; id++) {
                    teacherIds[id] = new long[] {id};
                }
                return new Vocabulary(pieces, teacherIds, usable, tokenizer.path("normalizer").path("lowercase").asBoolean());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
    }

    private static float[][] teacherVectors(String teacher, Vocabulary vocabulary) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (InputStream model = Distillation.class.getClassLoader().getResourceAsStream(teacher + ".onnx");
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (model == null) {
                throw new IllegalStateException(teacher + ".onnx is not on the classpath");
            }
            options.setIntraOpNumThreads(1);
            try (OrtSession session = environment.createSession(model.readAllBytes(), options)) {
                int size = vocabulary.pieces.length;
                float[][] vectors = new float[size][];
                // pieces read by the same number of teacher ids go together: a batch needs no padding
                Map<Integer, List<Integer>> byLength = new TreeMap<>();
                for (int id = 0; id < size; id++) {
                    byLength.computeIfAbsent(vocabulary.teacherIds[id].length, length -> new ArrayList<>()).add(id);
                }
                for (List<Integer> ids : byLength.values()) {
                    for (int from = 0; from < ids.size(); from += BATCH) {
                        List<Integer> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                        float[][] cls = embed(environment, session, batch.stream()
                                .map(id -> vocabulary.teacherIds[id]).toList());
                        for (int row = 0; row < batch.size(); row++) {
                            vectors[batch.get(row)] = unit(cls[row]);
                        }
                    }
                }
                return vectors;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + teacher, e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot run " + teacher, e);
        }
    }

    /** The [CLS] outputs for "[CLS] ids [SEP]", one row per entry of {@code teacherIds} (all of one length). */
    private static float[][] embed(OrtEnvironment environment, OrtSession session, List<long[]> teacherIds)
            throws OrtException {
        int rows = teacherIds.size();
        long[][] ids = new long[rows][];
        long[][] mask = new long[rows][];
        long[][] types = new long[rows][];
        for (int row = 0; row < rows; row++) {
            long[] pieceIds = teacherIds.get(row);
            ids[row] = new long[pieceIds.length + 2];
            ids[row][0] = CLS;
            System.arraycopy(pieceIds, 0, ids[row], 1, pieceIds.length);
            ids[row][pieceIds.length + 1] = SEP;
            mask[row] = new long[ids[row].length];
            Arrays.fill(mask[row], 1);
            types[row] = new long[ids[row].length];
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            for (String name : session.getInputNames()) {
                long[][] values = switch (name) {
                    case "input_ids" -> ids;
                    case "attention_mask" -> mask;
                    case "token_type_ids" -> types;
                    default -> throw new IllegalStateException("unexpected model input " + name);
                };
                inputs.put(name, OnnxTensor.createTensor(environment, values));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                float[][] cls = new float[rows][];
                for (int row = 0; row < rows; row++) {
                    cls[row] = hidden[row][0];
                }
                return cls;
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Centres the usable pieces' vectors and rotates them onto their {@code dimensions} principal axes. */
    private static float[][] principalComponents(float[][] vectors, boolean[] usable, int dimensions) {
        int width = vectors[0].length;
        double[] mean = new double[width];
        int count = 0;
        for (int id = 0; id < vectors.length; id++) {
            if (usable[id]) {
                count++;
                for (int i = 0; i < width; i++) {
                    mean[i] += vectors[id][i];
                }
            }
        }
        for (int i = 0; i < width; i++) {
            mean[i] /= count;
        }
        double[][] covariance = new double[width][width];
        for (int id = 0; id < vectors.length; id++) {
            if (!usable[id]) {
                continue;
            }
            for (int i = 0; i < width; i++) {
                double di = vectors[id][i] - mean[i];
                for (int j = i; j < width; j++) {
                    covariance[i][j] += di * (vectors[id][j] - mean[j]);
                }
            }
        }
        for (int i = 0; i < width; i++) {
            for (int j = 0; j < i; j++) {
                covariance[i][j] = covariance[j][i];
            }
        }
        double[][] axes = Eigen.topAxes(covariance, dimensions);
        float[][] projected = new float[vectors.length][dimensions];
        for (int id = 0; id < vectors.length; id++) {
            if (!usable[id]) {
                continue;
            }
            for (int k = 0; k < dimensions; k++) {
                double sum = 0;
                for (int i = 0; i < width; i++) {
                    sum += (vectors[id][i] - mean[i]) * axes[k][i];
                }
                projected[id][k] = (float) sum;
            }
        }
        return projected;
    }

    private static float[] frequencyWeights(WordPieceTokenizer tokenizer, Vocabulary vocabulary, double smoothing,
                                            List<String> corpus) {
        long[] counts = new long[vocabulary.pieces.length];
        long total = 0;
        for (String text : corpus) {
            for (int id : tokenizer.ids(text)) {
                if (id != WordPieceTokenizer.UNKNOWN) {
                    counts[id]++;
                    total++;
                }
            }
        }
        float[] weights = new float[counts.length];
        for (int id = 0; id < counts.length; id++) {
            double frequency = total == 0 ? 0 : (double) counts[id] / total;
            weights[id] = vocabulary.usable[id] ? (float) (smoothing / (smoothing + frequency)) : 0;
        }
        return weights;
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / Math.sqrt(norm));
        }
        return unit;
    }
}
