package io.interviews.stage.rubric;

import io.interviews.events.Language;
import io.interviews.events.RatingScale;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * One stage's questions and rubric in one language, as read from {@code bank-<language>.json}.
 *
 * @param rubricVersion version of questions plus rubric, carried into every {@code StageResult}
 * @param persona       who the interviewer is; the openai brain speaks as this person (never shown as such)
 * @param claims        how claims without substance are probed; null: they are not
 * @param dimensions    the 3–5 rated dimensions with their behavioural anchors
 * @param questions     main questions in the order they are asked
 */
public record QuestionBank(String stage, String rubricVersion, Language language, String persona,
                           ClaimProbes claims, List<Dimension> dimensions,
                           List<Question> questions) {

    public QuestionBank {
        dimensions = List.copyOf(dimensions);
        questions = List.copyOf(questions);
    }

    /**
     * A stage's score from each dimension's mean rating: the weighted mean over this bank's dimensions, in points
     * ({@link RatingScale}).
     */
    public double score(ToDoubleFunction<Dimension> meanRating) {
        double weights = 0;
        double weighted = 0;
        for (Dimension dimension : dimensions) {
            weights += dimension.weight();
            weighted += dimension.weight() * meanRating.applyAsDouble(dimension);
        }
        return RatingScale.points(weighted / weights);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }

    public Optional<Dimension> dimension(String dimensionId) {
        return dimensions.stream().filter(dimension -> dimension.id().equals(dimensionId)).findFirst();
    }

    public Optional<ClaimProbes> claimProbes() {
        return Optional.ofNullable(claims);
    }
}
