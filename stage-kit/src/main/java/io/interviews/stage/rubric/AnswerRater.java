package io.interviews.stage.rubric;

import io.interviews.events.DimensionRating;
import io.interviews.events.Language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Rates the answers to a question by what they mean, not by which words they use: the answer vector's relevance to
 * the question and its probe reading, the {@link AnswerSignals} a hiring manager listens for, and — where the stage
 * has labelled exemplars of the question — the vote of the nearest ones, weighed by the fitted {@link AnswerModel}.
 * Sentences that address the grader are removed first. No randomness, no clock: the same answers always give the
 * same assessment.
 */
public final class AnswerRater {

    /** Sentences quoted as evidence per question. */
    public static final int EVIDENCE_PER_QUESTION = 2;

    private final AnswerReader reader;
    private final Map<Language, AnswerModel> models;
    private final Map<Language, QuestionWords> questionWords;

    /**
     * With the answer models and question words shipped beside {@link AnswerModel}; {@code embeddings} is asked for on
     * first use.
     */
    public AnswerRater(Supplier<AnswerEmbeddings> embeddings) {
        this(new AnswerReader(embeddings), shipped(AnswerModel::forLanguage), shipped(QuestionWords::forLanguage));
    }

    /** With {@code models} and no question words: no answer reads as another question's (cross-validation). */
    public AnswerRater(AnswerReader reader, Map<Language, AnswerModel> models) {
        this(reader, models, Map.of());
    }

    public AnswerRater(AnswerReader reader, Map<Language, AnswerModel> models,
                       Map<Language, QuestionWords> questionWords) {
        this.reader = reader;
        this.models = new EnumMap<>(models);
        this.questionWords = Map.copyOf(questionWords);
    }

    private static <T> Map<Language, T> shipped(Function<Language, T> forLanguage) {
        Map<Language, T> shipped = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            shipped.put(language, forLanguage.apply(language));
        }
        return shipped;
    }

    public AnswerModel model(Language language) {
        return models.get(language);
    }

    /** {@link #assess(StageBank, Language, Question, List, SaidBefore)} of answers with nothing said before them. */
    public QuestionAssessment assess(StageBank stage, Language asked, Question question, List<String> answers) {
        return assess(stage, asked, question, answers, SaidBefore.nothing());
    }

    /**
     * Assesses everything the candidate said to {@code question} of an interview in {@code asked}: the main answer and
     * any follow-up answer, read in the language they are written in ({@link WrittenLanguage}) with that language's
     * wording of the question and its exemplars, where the stage has a bank in it. The assessment names the question
     * and its missed points as asked, so a follow-up is asked in the interview's language. What was said to earlier
     * questions ({@code saidBefore}) is not read again ({@link AnswerReader}). An answer in a language the brain does
     * not read is left out; when every answer is, none is read, each dimension is rated 1 and the assessment says so
     * ({@link AnswerReading#unread()}), for a person to rate.
     */
    public QuestionAssessment assess(StageBank stage, Language asked, Question question, List<String> answers,
                                     SaidBefore saidBefore) {
        List<InjectionScreen.ScreenedAnswer> screened = answers.stream().map(InjectionScreen::screen).toList();
        WrittenLanguage.Written written = WrittenLanguage.of(screened, asked);
        if (written.answers().isEmpty()) {
            Map<String, Double> lowest = new LinkedHashMap<>();
            question.dimensions().forEach(dimension -> lowest.put(dimension, (double) DimensionRating.MIN_RATING));
            return new QuestionAssessment(question, AnswerReading.unread(asked, screened), lowest, List.of(), List.of(),
                    Optional.empty(), Optional.empty());
        }
        Language language = written.language();
        if (language == asked || !stage.banks().containsKey(language)) {
            return assessIn(stage.bank(asked), stage.exemplars(asked), question, written.answers(), saidBefore);
        }
        QuestionBank bank = stage.bank(language);
        QuestionAssessment read = assessIn(bank, stage.exemplars(language), bank.question(question.id()).orElseThrow(),
                written.answers(), saidBefore);
        return read.asAskedIn(question);
    }

    private QuestionAssessment assessIn(QuestionBank bank, Exemplars exemplars, Question question,
                                        List<InjectionScreen.ScreenedAnswer> answers, SaidBefore saidBefore) {
        AnswerReading reading = reader.read(bank.language(), question, answers, saidBefore);
        AnswerModel model = models.get(bank.language());
        Map<String, Double> ratings = new LinkedHashMap<>();
        List<String> doubts = new ArrayList<>();
        double probe = reading.saidNothing() ? 0 : model.probe().apply(reading.vector());
        AnswerFeatures features = new AnswerFeatures(probe, reading.signals());
        double generic = model.rate(features);
        Optional<String> offTopic = reading.saidNothing() ? Optional.empty() : offTopic(model.offTopic(), exemplars,
                question, reading);
        if (offTopic.isPresent() && reading.signals().words() >= model.review().minWords()) {
            // a long answer to another question may be a misunderstanding a person can tell
            doubts.add(offTopic.get());
        }
        for (String dimension : question.dimensions()) {
            if (reading.saidNothing() || offTopic.isPresent()) {
                ratings.put(dimension, (double) DimensionRating.MIN_RATING);
                continue;
            }
            Optional<Exemplars.Vote> vote = exemplars.vote(question.id(), dimension, reading.vector(),
                    model.neighbours(), model.sharpness(), "");
            double rating = vote.map(v -> model.rate(features, v.label())).orElse(generic);
            ratings.put(dimension, rating);
            vote.flatMap(v -> doubt(model.review(), reading, generic, v)).ifPresent(doubts::add);
        }
        Optional<String> readsAs = reading.saidNothing() || !questionWords.containsKey(bank.language()) ? Optional.empty()
                : questionWords.get(bank.language()).readsAs(question.id(),
                        QuestionWords.words(bank.language(), reading.kept()));
        return new QuestionAssessment(question, reading, ratings,
                AnswerSignals.telling(bank.language(), reading.kept(), EVIDENCE_PER_QUESTION),
                missedPoints(question, reading.kept()), doubts.stream().findFirst(), readsAs);
    }

    /** Why the answer is off-topic, if it is: unlike every rated answer to the question (or, with none, unlike it). */
    private static Optional<String> offTopic(AnswerModel.OffTopic gate, Exemplars exemplars, Question question,
                                             AnswerReading reading) {
        OptionalDouble nearest = exemplars.nearest(question.id(), reading.vector(), "");
        if (nearest.isPresent()) {
            return nearest.getAsDouble() < gate.nearestBelow()
                    ? Optional.of(String.format("off-topic (unlike every rated answer to the question: closest "
                            + "similarity %.2f), rated 1", nearest.getAsDouble()))
                    : Optional.empty();
        }
        return reading.relevance() < gate.relevanceBelow()
                ? Optional.of(String.format("off-topic (similarity to the question %.2f), rated 1", reading.relevance()))
                : Optional.empty();
    }

    /** Why the rating of an on-topic answer is uncertain, if it is substantive and it is. */
    private static Optional<String> doubt(AnswerModel.Review review, AnswerReading reading, double generic,
                                          Exemplars.Vote vote) {
        if (reading.signals().words() < review.minWords()) {
            return Optional.empty();
        }
        if (vote.nearest() < review.minNearest()) {
            return Optional.of(String.format("unlike any rated example answer (closest similarity %.2f)", vote.nearest()));
        }
        if (vote.spread() > review.maxSpread()) {
            return Optional.of(String.format("the closest rated example answers disagree (spread %.1f points)", vote.spread()));
        }
        if (Math.abs(vote.label() - generic) > review.maxDisagreement()) {
            return Optional.of(String.format("the closest example answers say %.1f, the answer's signals %.1f",
                    vote.label(), generic));
        }
        return Optional.empty();
    }

    private static List<RubricPoint> missedPoints(Question question, List<String> sentences) {
        List<String> normalized = sentences.stream().map(PhraseMatcher::normalize).toList();
        return question.points().stream()
                .filter(point -> point.keywords().stream().noneMatch(keyword ->
                        normalized.stream().anyMatch(sentence -> PhraseMatcher.occursIn(sentence, keyword))))
                .toList();
    }
}
