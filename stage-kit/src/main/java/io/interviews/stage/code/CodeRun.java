package io.interviews.stage.code;

import java.util.Locale;

/**
 * What running one snippet of a candidate's answer showed; attached to the transcript as evidence.
 *
 * @param stdout first bytes of standard output (at most the configured output limit)
 * @param stderr first bytes of standard error (at most the configured output limit)
 */
public record CodeRun(SnippetLanguage language, Status status, Integer exitCode, String stdout, String stderr,
                      long durationMillis, String note) {

    public enum Status {
        /** The process ended by itself: see the exit code. */
        EXITED,
        /** Killed at the wall-time limit. */
        TIMED_OUT,
        /**
         * Not run: a language the runner does not run, a missing interpreter, the snippet limit reached, or no sandbox
         * on this host.
         */
        NOT_RUN
    }

    public static CodeRun notRun(SnippetLanguage language, String why) {
        return new CodeRun(language, Status.NOT_RUN, null, "", "", 0, why);
    }

    /** One line for a reader of the stage result, e.g. {@code python: exit 0 in 85 ms; stdout: 42}. */
    public String summary() {
        String name = language.name().toLowerCase(Locale.ROOT);
        return switch (status) {
            case NOT_RUN -> name + ": not run (" + note + ")";
            case TIMED_OUT -> name + ": killed at the wall-time limit after " + durationMillis + " ms"
                    + excerpt("stdout", stdout);
            case EXITED -> name + ": exit " + exitCode + " in " + durationMillis + " ms"
                    + (note == null || note.isEmpty() ? "" : " (" + note + ")")
                    + excerpt("stdout", stdout) + excerpt("stderr", stderr);
        };
    }

    private static String excerpt(String stream, String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.isEmpty()) {
            return "";
        }
        return "; " + stream + ": " + (flat.length() > 200 ? flat.substring(0, 200) + "…" : flat);
    }
}
