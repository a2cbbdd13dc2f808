package io.interviews.stage.rubric;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interviews.events.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which question an answer answers, by the words it uses ({@code question-words-<language>.json} beside this class,
 * written by the evaluation module's {@code calibrate} from the {@code dev} split): how often each word (English) or
 * pair of adjacent characters (Chinese) occurs in the labelled answers to each of the shipped stages' questions. An
 * answer reads as an answer to another question when that question explains its words better than the one asked, by
 * more than the file's {@code flagAbove} (mean log-likelihood per word). The answer vectors cannot tell the questions
 * apart (evaluation's robustness checks); words can, well enough for a stage to go to a person when two of its
 * answers read so ({@link Scorecard}), not well enough to rate one answer by.
 */
public final class QuestionWords {

    /**
     * The fitted counts.
     *
     * @param flagAbove  the margin over which an answer reads as another question's: fitted so that 1 in 100 {@code dev}
     *                   answers, each judged by counts fitted without its own group, would be flagged
     * @param minWords   vocabulary words an answer needs before it is judged at all
     * @param vocabulary the words counted, each at least twice in {@code dev}; other words are not read
     * @param questions  question id → the count of each vocabulary word in its answers, in vocabulary order
     */
    public record File(String language, String fittedOn, double flagAbove, int minWords, List<String> vocabulary,
                       Map<String, List<Integer>> questions) {

        public File {
            vocabulary = List.copyOf(vocabulary);
            questions = new TreeMap<>(questions);
            int words = vocabulary.size();
            questions.forEach((question, counts) -> {
                if (counts.size() != words) {
                    throw new IllegalArgumentException("the word counts of " + question + " do not match the vocabulary");
                }
            });
        }
    }

    /** The best other question, and by how much it explains an answer's words better than the one asked. */
    public record Margin(String question, double margin) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z][a-z'-]+");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");

    private final File file;
    private final Map<String, Integer> index = new HashMap<>();
    /** question id → log-probability of each vocabulary word in its answers, counts smoothed by half a word. */
    private final Map<String, double[]> logProbabilities = new TreeMap<>();

    public QuestionWords(File file) {
        this.file = file;
        for (int i = 0; i < file.vocabulary().size(); i++) {
            index.put(file.vocabulary().get(i), i);
        }
        file.questions().forEach((question, counts) -> {
            double total = counts.stream().mapToInt(Integer::intValue).sum() + 0.5 * counts.size();
            logProbabilities.put(question, counts.stream().mapToDouble(count -> Math.log((count + 0.5) / total)).toArray());
        });
    }

    public static QuestionWords forLanguage(Language language) {
        String resource = "question-words-" + language.code() + ".json";
        try (InputStream in = QuestionWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no question words " + resource + " beside " + QuestionWords.class.getName());
            }
            return new QuestionWords(MAPPER.readValue(in, File.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read question words " + resource, e);
        }
    }

    public File file() {
        return file;
    }

    /** The words of {@code sentences} as counted: English words in lower case, Chinese pairs of adjacent characters. */
    public static List<String> words(Language language, List<String> sentences) {
        String text = PlainText.of(String.join("\n", sentences)).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        if (language == Language.ZH) {
            Matcher run = HAN_RUN.matcher(text);
            while (run.find()) {
                for (int i = run.start(); i + 2 <= run.end(); i++) {
                    words.add(text.substring(i, i + 2));
                }
            }
        } else {
            Matcher word = ENGLISH_WORD.matcher(text);
            while (word.find()) {
                words.add(word.group());
            }
        }
        return words;
    }

    /**
     * How much better the best other question explains {@code words} than {@code questionId}: the difference of their
     * mean log-likelihoods per vocabulary word. Empty when the question is not counted (a plug-in stage's) or the
     * answer has fewer than {@code minWords} vocabulary words.
     */
    public Optional<Margin> margin(String questionId, List<String> words) {
        double[] asked = logProbabilities.get(questionId);
        List<Integer> known = words.stream().map(index::get).filter(word -> word != null).toList();
        if (asked == null || known.size() < file.minWords()) {
            return Optional.empty();
        }
        double askedLikelihood = meanLogLikelihood(asked, known);
        Margin best = null;
        for (Map.Entry<String, double[]> other : logProbabilities.entrySet()) {
            double margin = meanLogLikelihood(other.getValue(), known) - askedLikelihood;
            if (!other.getKey().equals(questionId) && (best == null || margin > best.margin())) {
                best = new Margin(other.getKey(), margin);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The question {@code words} read as an answer to, when that is another question than {@code questionId}. */
    public Optional<String> readsAs(String questionId, List<String> words) {
        return margin(questionId, words).filter(margin -> margin.margin() > file.flagAbove()).map(Margin::question);
    }

    private static double meanLogLikelihood(double[] logProbabilities, List<Integer> words) {
        double sum = 0;
        for (int word : words) {
            sum += logProbabilities[word];
        }
        return sum / words.size();
    }
}
