package io.interviews.stage.service;

import io.interviews.stage.rubric.Ask;

import java.util.List;
import java.util.Optional;

/**
 * What a brain decided after an answer.
 *
 * @param next  the question to ask next; empty when the stage is complete
 * @param notes the running notes after this answer
 * @param calls the model calls made to decide (none for the rubric brain)
 */
public record Turn(Optional<Ask> next, String notes, List<ModelCall> calls) {

    public Turn {
        calls = List.copyOf(calls);
    }
}
