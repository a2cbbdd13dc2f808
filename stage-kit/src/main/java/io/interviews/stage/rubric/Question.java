package io.interviews.stage.rubric;

import java.util.List;

/** A main question of the bank and the rubric points a good answer covers. */
public record Question(String id, String text, List<RubricPoint> points) {

    public static final String FOLLOW_UP_SUFFIX = "-followup";

    public Question {
        points = List.copyOf(points);
    }

    /** The dimensions this question rates: those its points are credited to, in the order the points name them. */
    public List<String> dimensions() {
        return points.stream().map(RubricPoint::dimension).distinct().toList();
    }

    /** The id of the one follow-up this question may get: {@code <questionId>-followup}. */
    public String followUpId() {
        return id + FOLLOW_UP_SUFFIX;
    }

    /** The main question id an asked question id belongs to (itself, or the question a follow-up probes). */
    public static String mainQuestionId(String askedQuestionId) {
        return askedQuestionId.endsWith(FOLLOW_UP_SUFFIX)
                ? askedQuestionId.substring(0, askedQuestionId.length() - FOLLOW_UP_SUFFIX.length())
                : askedQuestionId;
    }
}
