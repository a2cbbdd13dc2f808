package io.interviews.stage.rubric;

import java.util.List;

/**
 * Something a good answer to a question covers, credited to one dimension.
 *
 * @param keywords phrases whose presence shows the point is covered; a trailing {@code *} matches any word
 *                 ending (e.g. {@code scal*}); Chinese phrases match anywhere in the text
 * @param followUp the probe asked when an answer misses this point
 */
public record RubricPoint(String id, String dimension, String description, List<String> keywords,
                          String followUp) {

    public RubricPoint {
        keywords = List.copyOf(keywords);
    }
}
