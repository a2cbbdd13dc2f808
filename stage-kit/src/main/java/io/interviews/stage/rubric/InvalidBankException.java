package io.interviews.stage.rubric;

import java.util.List;

/** A question bank that cannot be used; a stage refuses to start with one. */
public class InvalidBankException extends RuntimeException {

    private final List<String> problems;

    public InvalidBankException(String stage, List<String> problems) {
        super("question bank of stage '" + stage + "' is invalid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidBankException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of(message);
    }

    public InvalidBankException(String message) {
        super(message);
        this.problems = List.of(message);
    }

    public List<String> problems() {
        return problems;
    }
}
