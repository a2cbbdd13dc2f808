package io.interviews.stage.ai;

import io.interviews.stage.service.Judgement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What {@link AnswerGrader} answers: a rating per dimension, as the model said it (not yet checked: see
 * {@link GradeCheck}). Public so that the evaluation reads a model's grading with this very code.
 */
public record GradingReply(List<Rating> ratings) {

    /** One dimension's rating; a number outside 1–5 is kept as said (clamped later, and noted). */
    public record Rating(String dimension, Double rating, List<String> evidence, String rationale) {
    }

    /**
     * The reply's ratings of the expected dimensions, the first one of each (others are ignored). A missing
     * dimension, or one whose rating is not a number, makes the reply unreadable.
     */
    public static GradingReply read(String text, Set<String> expectedDimensions) throws UnreadableReply {
        GradingReply reply = ReplyJson.read(text, GradingReply.class);
        if (reply.ratings() == null) {
            throw new UnreadableReply("no \"ratings\" array");
        }
        List<Rating> expected = new ArrayList<>();
        for (Rating rating : reply.ratings()) {
            if (rating != null && expectedDimensions.contains(rating.dimension())
                    && expected.stream().noneMatch(kept -> kept.dimension().equals(rating.dimension()))) {
                if (rating.rating() == null) {
                    throw new UnreadableReply("rating of " + rating.dimension() + " is not a number");
                }
                expected.add(rating);
            }
        }
        for (String dimension : expectedDimensions) {
            if (expected.stream().noneMatch(rating -> rating.dimension().equals(dimension))) {
                throw new UnreadableReply("no rating for " + dimension);
            }
        }
        return new GradingReply(List.copyOf(expected));
    }

    /** The ratings as judgements, each rounded to a whole number. */
    public List<Judgement> judgements() {
        return ratings.stream().map(rating -> new Judgement(rating.dimension(), (int) Math.round(rating.rating()),
                rating.evidence() == null ? List.of() : rating.evidence().stream().filter(quote -> quote != null).toList(),
                rating.rationale())).toList();
    }
}
