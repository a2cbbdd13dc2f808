package io.interviews.stage.ai;

import io.interviews.events.DimensionRating;
import io.interviews.stage.rubric.AnswerRater;
import io.interviews.stage.rubric.Dimension;
import io.interviews.stage.rubric.EvidenceCheck;
import io.interviews.stage.rubric.InjectionScreen;
import io.interviews.stage.rubric.Question;
import io.interviews.stage.rubric.QuestionAssessment;
import io.interviews.stage.rubric.QuestionBank;
import io.interviews.stage.rubric.Scorecard;
import io.interviews.stage.rubric.StageBank;
import io.interviews.stage.service.InterviewState;
import io.interviews.stage.service.Judgement;
import io.interviews.stage.service.ModelCall;
import io.interviews.stage.service.QuestionGrade;
import io.interviews.stage.service.RubricBrain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the model's question grades into the stage's dimension ratings, checking each one: ratings are clamped
 * to 1–5; every evidence quote must occur in the candidate's answers (whitespace normalised) and outside any text
 * addressed to the grader, and a rating above 1 needs at least one such quote. A rating that fails is not trusted:
 * the rubric brain's rating of that question stands in for it and the stage needs review. An unreadable grade
 * also sends the stage to review; a model that did not answer is replaced by the rubric brain, noted in the
 * rationale. Never a default score. Public so that the evaluation checks a model's grades with this very code.
 */
public final class GradeCheck {

    /** Shorter quotes ("the", "I") prove nothing and are ignored. */
    static final int MIN_QUOTE_CHARS = 8;

    private GradeCheck() {
    }

    /** The checked ratings, and why a person must review them (empty: they stand). */
    public record Rated(List<DimensionRating> ratings, List<String> reviewReasons) {
    }

    /** One question's say on one dimension. */
    private record Contribution(String questionId, int rating, List<String> evidence, boolean trusted, String note,
                                boolean fromModel) {
    }

    public static Rated rate(StageBank stage, InterviewState state, Map<String, QuestionGrade> grades,
                             AnswerRater rater) {
        QuestionBank bank = stage.bank(state.language());
        Map<String, List<Contribution>> byDimension = new LinkedHashMap<>();
        Map<String, List<ModelCall>> callsByDimension = new LinkedHashMap<>();
        bank.dimensions().forEach(dimension -> {
            byDimension.put(dimension.id(), new ArrayList<>());
            callsByDimension.put(dimension.id(), new ArrayList<>());
        });
        List<String> addressedTheGrader = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Map<String, String> fallbacks = new LinkedHashMap<>();
        for (String questionId : state.mainQuestionsAsked()) {
            Question question = bank.question(questionId).orElseThrow();
            List<String> answers = state.about(questionId).stream().map(entry -> entry.exchange().answer()).toList();
            List<InjectionScreen.ScreenedAnswer> screened = answers.stream().map(InjectionScreen::screen).toList();
            List<String> shown = screened.stream().map(InjectionScreen.ScreenedAnswer::forModel).toList();
            if (screened.stream().anyMatch(InjectionScreen.ScreenedAnswer::addressedTheGrader)) {
                addressedTheGrader.add(questionId);
            }
            QuestionAssessment rubric = rater.assess(stage, state.language(), question, answers);
            QuestionGrade grade = grades.get(questionId);
            if (grade == null || grade.outcome() == QuestionGrade.Outcome.UNAVAILABLE) {
                fallbacks.put(questionId, grade == null ? "not graded" : grade.detail());
            } else if (grade.outcome() == QuestionGrade.Outcome.UNPARSEABLE) {
                unreadable.add(questionId);
            }
            for (String dimension : dimensionsRatedBy(bank, question)) {
                Contribution contribution = contribution(questionId, dimension, grade, rubric, shown);
                byDimension.get(dimension).add(contribution);
                if (grade != null) {
                    callsByDimension.get(dimension).addAll(grade.calls());
                }
            }
        }
        List<DimensionRating> ratings = new ArrayList<>();
        for (Dimension dimension : bank.dimensions()) {
            ratings.add(rating(dimension, byDimension.get(dimension.id()), callsByDimension.get(dimension.id())));
        }
        List<String> reasons = new ArrayList<>();
        if (!addressedTheGrader.isEmpty()) {
            reasons.add(InjectionScreen.reviewReason(addressedTheGrader));
        }
        if (!fallbacks.isEmpty()) {
            reasons.add("Graded by the rubric brain instead of the model (" + String.join("; ", fallbacks.entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + entry.getValue()).toList()) + ").");
        }
        if (!unreadable.isEmpty()) {
            reasons.add("The model's grading could not be read for " + String.join(", ", unreadable) + ".");
        }
        List<String> untrusted = byDimension.values().stream().flatMap(List::stream)
                .filter(contribution -> !contribution.trusted() && !unreadable.contains(contribution.questionId()))
                .map(Contribution::questionId).distinct().toList();
        if (!untrusted.isEmpty()) {
            reasons.add("A model rating cited no evidence found in the answers (" + String.join(", ", untrusted) + ").");
        }
        return new Rated(ratings, reasons);
    }

    private static Contribution contribution(String questionId, String dimension, QuestionGrade grade,
                                             QuestionAssessment rubric, List<String> shown) {
        int rubricRating = rubric.rating(dimension).orElse(DimensionRating.MIN_RATING);
        List<String> rubricEvidence = rubric.evidence();
        if (grade == null || grade.outcome() == QuestionGrade.Outcome.UNAVAILABLE) {
            String why = grade == null ? "not graded" : "model unavailable: " + grade.detail();
            return new Contribution(questionId, rubricRating, rubricEvidence, true,
                    questionId + " rated by the rubric brain (" + why + ").", false);
        }
        if (grade.outcome() == QuestionGrade.Outcome.UNPARSEABLE) {
            return new Contribution(questionId, rubricRating, rubricEvidence, false,
                    questionId + ": the model's grading could not be read (" + grade.detail()
                            + "); the rubric brain's rating is shown until a person reviews it.", false);
        }
        Judgement judgement = grade.judgements().stream().filter(j -> j.dimension().equals(dimension)).findFirst().orElse(null);
        if (judgement == null) {
            return new Contribution(questionId, rubricRating, rubricEvidence, false,
                    questionId + ": the model gave no rating for this dimension.", false);
        }
        int rating = Math.max(DimensionRating.MIN_RATING, Math.min(DimensionRating.MAX_RATING, judgement.rating()));
        String clamped = rating == judgement.rating() ? "" : " (the model said " + judgement.rating() + ", clamped)";
        List<String> verified = new ArrayList<>();
        List<String> fabricated = new ArrayList<>();
        for (String quote : judgement.evidence()) {
            if (EvidenceCheck.normalizeWhitespace(quote).length() < MIN_QUOTE_CHARS) {
                continue;
            }
            boolean genuine = !quote.contains(InjectionScreen.REMOVED) && EvidenceCheck.occursIn(quote, shown);
            (genuine ? verified : fabricated).add(EvidenceCheck.normalizeWhitespace(quote));
        }
        if (!fabricated.isEmpty()) {
            return new Contribution(questionId, rubricRating, rubricEvidence, false, questionId + ": the model's rating "
                    + rating + " is not trusted: \"" + fabricated.get(0) + "\" is not in the candidate's answers; the rubric "
                    + "brain's rating is shown until a person reviews it.", false);
        }
        if (rating > DimensionRating.MIN_RATING && verified.isEmpty()) {
            return new Contribution(questionId, rubricRating, rubricEvidence, false, questionId + ": the model's rating "
                    + rating + " cites no quote from the answers and is not trusted; the rubric brain's rating is shown "
                    + "until a person reviews it.", false);
        }
        return new Contribution(questionId, rating, verified, true,
                questionId + " " + rating + clamped + ": " + judgement.rationale().strip(), true);
    }

    private static DimensionRating rating(Dimension dimension, List<Contribution> contributions, List<ModelCall> calls) {
        if (contributions.isEmpty()) {
            return new DimensionRating(dimension.id(), DimensionRating.MIN_RATING, dimension.weight(), List.of(),
                    dimension.anchor(DimensionRating.MIN_RATING) + " (no question rating it was asked)", true,
                    ModelBrain.NAME);
        }
        double mean = contributions.stream().mapToInt(Contribution::rating).average().orElse(DimensionRating.MIN_RATING);
        int rating = Math.max(DimensionRating.MIN_RATING, Math.min(DimensionRating.MAX_RATING, (int) Math.floor(mean + 0.5)));
        Set<String> evidence = new LinkedHashSet<>();
        contributions.forEach(contribution -> evidence.addAll(contribution.evidence()));
        boolean trusted = contributions.stream().allMatch(Contribution::trusted);
        Set<ModelCall> distinctCalls = new LinkedHashSet<>(calls);
        String usage = distinctCalls.isEmpty() ? "" : String.format(" Grading calls: %d, tokens in/out %d/%d.",
                distinctCalls.size(), distinctCalls.stream().mapToInt(ModelCall::inputTokens).sum(),
                distinctCalls.stream().mapToInt(ModelCall::outputTokens).sum());
        String rationale = dimension.anchor(rating) + " "
                + contributions.stream().map(Contribution::note).collect(Collectors.joining(" ")) + usage;
        boolean fromModel = contributions.stream().anyMatch(Contribution::fromModel);
        boolean fromRubric = contributions.stream().anyMatch(contribution -> !contribution.fromModel());
        String brain = fromModel && fromRubric ? ModelBrain.NAME + "+" + RubricBrain.NAME
                : fromModel ? ModelBrain.NAME : RubricBrain.NAME;
        return new DimensionRating(dimension.id(), rating, dimension.weight(),
                evidence.stream().limit(Scorecard.MAX_EVIDENCE_QUOTES).toList(), rationale, trusted, brain);
    }

    static List<String> dimensionsRatedBy(QuestionBank bank, Question question) {
        List<String> rated = question.dimensions();
        return bank.dimensions().stream().map(Dimension::id).filter(rated::contains).toList();
    }

    /** What a prompt shows of a question's rubric: the dimensions it rates with their anchors, and its points. */
    static String rubricFor(QuestionBank bank, Question question) {
        StringBuilder text = new StringBuilder();
        for (String id : dimensionsRatedBy(bank, question)) {
            Dimension dimension = bank.dimension(id).orElseThrow();
            text.append("- dimension \"").append(id).append("\" (").append(dimension.name()).append("):\n");
            for (int rating = DimensionRating.MIN_RATING; rating <= DimensionRating.MAX_RATING; rating++) {
                text.append("  ").append(rating).append(": ").append(dimension.anchor(rating)).append('\n');
            }
        }
        text.append("What a complete answer covers:\n");
        question.points().forEach(point -> text.append("- ").append(point.description())
                .append(" (").append(point.dimension()).append(")\n"));
        return text.toString().stripTrailing();
    }
}
