package io.interviews.stage.service;

/**
 * One call to the model, as recorded with the session and counted in the metrics.
 *
 * @param task         {@code question}, {@code grading} or {@code notes}
 * @param outcome      {@code ok}, {@code unparseable}, {@code rejected} (a question that was not asked), {@code timeout}
 *                     or {@code error}
 * @param inputTokens  prompt tokens the server reported (0 when it reported none)
 * @param outputTokens completion tokens the server reported
 */
public record ModelCall(String task, String outcome, int inputTokens, int outputTokens, long millis) {

    public static final String QUESTION = "question";
    public static final String GRADING = "grading";
    public static final String NOTES = "notes";
}
