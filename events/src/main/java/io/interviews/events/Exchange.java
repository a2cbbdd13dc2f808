package io.interviews.events;

import java.time.Instant;

/** One question and the candidate's answer to it, verbatim. */
public record Exchange(String questionId, @Personal String question, boolean followUp, @Personal String answer,
                       Instant answeredAt) {
}
