package io.interviews.stage.code;

import java.util.Locale;
import java.util.regex.Pattern;

/** The languages the code runner can run; everything else is {@link #OTHER} and is not run. */
public enum SnippetLanguage {
    PYTHON, JAVA, OTHER;

    private static final Pattern PYTHON_SIGNS = Pattern.compile(
            "(?m)^\\s*(def \\w+\\(.*\\)\\s*:|class \\w+(\\(.*\\))?\\s*:|import \\w+\\s*$|from [\\w.]+ import |print\\()");
    private static final Pattern JAVA_SIGNS = Pattern.compile(
            "(?m)(\\b(public|private|protected|static)\\b.*[({]\\s*$|System\\.out\\.|;\\s*$)");

    /** From a fence's info string ({@code python}, {@code py}, {@code java} …), else from the code itself. */
    public static SnippetLanguage of(String info, String code) {
        String tag = info.trim().toLowerCase(Locale.ROOT).split("\\s+")[0];
        switch (tag) {
            case "python", "python3", "py" -> {
                return PYTHON;
            }
            case "java" -> {
                return JAVA;
            }
            case "" -> {
                if (PYTHON_SIGNS.matcher(code).find() && !code.contains(";\n")) {
                    return PYTHON;
                }
                return JAVA_SIGNS.matcher(code).find() ? JAVA : OTHER;
            }
            default -> {
                return OTHER;
            }
        }
    }
}
