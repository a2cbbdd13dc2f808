package io.interviews.stage.rubric;

import io.interviews.events.DimensionRating;
import io.interviews.events.Exchange;
import io.interviews.events.Language;
import io.interviews.events.RatingScale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stage's dimension ratings and its 0–100 score, computed from the transcript alone: the same transcript always
 * gives the same scorecard. A dimension's rating is the mean of the questions' ratings, read on the answer model's
 * {@link AnswerModel.MeanScale}, rounded to the nearest anchor; the score is the weighted mean of those means before
 * rounding, in points ({@link RatingScale}), so that a dimension at 2.5 and one at 3.4 do not both count as a full
 * anchor.
 *
 * @param reviewReasons why a person should review the stage (empty: the ratings can stand)
 */
public record Scorecard(double score, List<DimensionRating> ratings, List<String> reviewReasons) {

    /** Quotes kept per dimension; enough to audit a rating without repeating the transcript. */
    public static final int MAX_EVIDENCE_QUOTES = 3;

    /**
     * Answers whose words read as answers to other questions before the stage goes to a person: one answer in a hundred
     * reads so by chance ({@link QuestionWords}); two in one stage did in none of the holdout interviews' 258 stages.
     */
    static final int READ_AS_OTHER_QUESTIONS_FOR_REVIEW = 2;

    /** A sentence said again is noted for the recruiter from this many words on ("I don't know." may well recur). */
    private static final int REPEATED_WORDS_NOTED = 8;

    public Scorecard {
        ratings = List.copyOf(ratings);
        reviewReasons = List.copyOf(reviewReasons);
    }

    public boolean needsReview() {
        return !reviewReasons.isEmpty();
    }

    public static Scorecard of(StageBank stage, Language language, List<Exchange> transcript, AnswerRater rater) {
        QuestionBank bank = stage.bank(language);
        List<QuestionAssessment> assessed = assess(stage, language, transcript, rater);
        List<String> answers = transcript.stream().map(Exchange::answer).toList();
        AnswerModel.MeanScale scale = rater.model(language).meanScale();
        List<DimensionRating> ratings = new ArrayList<>();
        Map<String, Double> means = new HashMap<>();
        for (Dimension dimension : bank.dimensions()) {
            List<QuestionAssessment> rating = assessed.stream()
                    .filter(question -> question.ratings().containsKey(dimension.id())).toList();
            double rated = meanRating(dimension, rating);
            double mean = scale.read(rated);
            ratings.add(rate(dimension, rated, mean, rating, answers));
            means.put(dimension.id(), mean);
        }
        return new Scorecard(bank.score(dimension -> means.get(dimension.id())), ratings,
                reviewReasons(language, rater.model(language).review(), assessed, ratings));
    }

    /**
     * Each main question asked, assessed on everything said to it (its follow-up answer included), in the bank's
     * order; a sentence already said to an earlier question, word for word or nearly, is not read again.
     */
    public static List<QuestionAssessment> assess(StageBank stage, Language language, List<Exchange> transcript,
                                                  AnswerRater rater) {
        Map<String, List<String>> answersByQuestion = new LinkedHashMap<>();
        for (Exchange exchange : transcript) {
            answersByQuestion.computeIfAbsent(Question.mainQuestionId(exchange.questionId()), id -> new ArrayList<>())
                    .add(exchange.answer());
        }
        SaidBefore said = SaidBefore.nothing();
        List<QuestionAssessment> assessed = new ArrayList<>();
        for (Question question : stage.bank(language).questions()) {
            if (answersByQuestion.containsKey(question.id())) {
                QuestionAssessment assessment = rater.assess(stage, language, question,
                        answersByQuestion.get(question.id()), said);
                assessment.kept().forEach(said::add);
                assessed.add(assessment);
            }
        }
        return assessed;
    }

    /** The mean of the {@code rating} questions' ratings of a dimension; the lowest rating when there are none. */
    private static double meanRating(Dimension dimension, List<QuestionAssessment> rating) {
        return rating.stream().mapToDouble(question -> question.ratings().get(dimension.id())).average()
                .orElse(DimensionRating.MIN_RATING);
    }

    /**
     * The mean rating of a dimension over the questions {@code rating} it ({@code rated}, read on the model's
     * {@link AnswerModel.MeanScale} as {@code mean}), rounded to the nearest anchor, with evidence.
     */
    private static DimensionRating rate(Dimension dimension, double rated, double mean, List<QuestionAssessment> rating,
                                        List<String> answers) {
        if (rating.isEmpty()) {
            return new DimensionRating(dimension.id(), DimensionRating.MIN_RATING, dimension.weight(), List.of(),
                    dimension.anchor(DimensionRating.MIN_RATING) + " (no question rating it was asked)", true,
                    DimensionRating.RUBRIC_BRAIN);
        }
        int rounded = (int) Math.max(DimensionRating.MIN_RATING, Math.min(DimensionRating.MAX_RATING, Math.round(mean)));
        Set<String> quotes = new LinkedHashSet<>();
        rating.forEach(question -> quotes.addAll(question.evidence()));
        List<String> evidence = quotes.stream().limit(MAX_EVIDENCE_QUOTES).toList();
        // the quotes come from the answers by construction; the check guards the contract all brains share
        boolean trusted = EvidenceCheck.allOccurIn(evidence, answers);
        String perQuestion = rating.stream()
                .map(question -> String.format("%s %.1f", question.question().id(), question.ratings().get(dimension.id())))
                .collect(Collectors.joining(", "));
        String calibration = String.format("%.1f", mean).equals(String.format("%.1f", rated)) ? ""
                : String.format("; mean %.1f, calibrated to %.1f", rated, mean);
        return new DimensionRating(dimension.id(), rounded, dimension.weight(), evidence,
                dimension.anchor(rounded) + " (" + perQuestion + calibration + ")", trusted,
                DimensionRating.RUBRIC_BRAIN);
    }

    private static List<String> reviewReasons(Language language, AnswerModel.Review review,
                                              List<QuestionAssessment> assessed, List<DimensionRating> ratings) {
        List<String> reasons = new ArrayList<>();
        List<String> addressedTheGrader = assessed.stream().filter(question -> !question.removed().isEmpty())
                .map(question -> question.question().id()).toList();
        if (!addressedTheGrader.isEmpty()) {
            reasons.add(InjectionScreen.reviewReason(addressedTheGrader));
        }
        List<String> unread = assessed.stream().filter(question -> question.reading().unread())
                .map(question -> question.question().id()).toList();
        if (!unread.isEmpty()) {
            reasons.add(WrittenLanguage.reviewReason(unread));
        }
        List<String> repeating = assessed.stream()
                .filter(question -> question.reading().repeated().stream()
                        .anyMatch(sentence -> AnswerSignals.of(language, List.of(sentence)).words()
                                >= REPEATED_WORDS_NOTED))
                .map(question -> question.question().id()).toList();
        if (!repeating.isEmpty()) {
            reasons.add("Sentences said before were given again (" + String.join(", ", repeating)
                    + "); each was rated once, where first said.");
        }
        // an answer rated under the offer line gains nothing it did not earn, whatever question it answers
        List<String> elsewhere = assessed.stream().filter(question -> question.readsAs().isPresent()
                        && question.meanRating() >= AnswerModel.MeanScale.OFFER_LINE)
                .map(question -> question.question().id() + " (reads as " + question.readsAs().get() + ")").toList();
        if (elsewhere.size() >= READ_AS_OTHER_QUESTIONS_FOR_REVIEW) {
            reasons.add("Answers read as answers to other questions: " + String.join(", ", elsewhere)
                    + "; check that they answer what was asked.");
        }
        List<String> doubts = assessed.stream().filter(question -> question.doubt().isPresent())
                .map(question -> question.question().id() + ": " + question.doubt().get()).toList();
        if (doubts.size() >= review.uncertainAnswers()) {
            reasons.add("Uncertain ratings of substantive answers: " + String.join("; ", doubts) + ".");
        }
        Set<String> asked = assessed.stream().flatMap(question -> question.ratings().keySet().stream())
                .collect(Collectors.toSet());
        List<DimensionRating> rated = ratings.stream().filter(rating -> asked.contains(rating.dimension())).toList();
        int highest = rated.stream().mapToInt(DimensionRating::rating).max().orElse(DimensionRating.MIN_RATING);
        int lowest = rated.stream().mapToInt(DimensionRating::rating).min().orElse(DimensionRating.MIN_RATING);
        if (highest - lowest >= review.maxDimensionRange()) {
            reasons.add("The dimensions disagree: ratings from " + lowest + " to " + highest + ".");
        }
        if (ratings.stream().anyMatch(rating -> !rating.trusted())) {
            reasons.add("An evidence quote was not found in the answers.");
        }
        return reasons;
    }
}
