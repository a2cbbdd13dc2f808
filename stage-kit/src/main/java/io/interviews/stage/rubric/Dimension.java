package io.interviews.stage.rubric;

import java.util.Map;

/**
 * A rated dimension of a stage, e.g. technical depth. {@code anchors} describes the behaviour that earns
 * each rating from 1 (no evidence) to 5 (complete, specific evidence).
 */
public record Dimension(String id, String name, double weight, Map<Integer, String> anchors) {

    public Dimension {
        anchors = Map.copyOf(anchors);
    }

    public String anchor(int rating) {
        return anchors.get(rating);
    }
}
