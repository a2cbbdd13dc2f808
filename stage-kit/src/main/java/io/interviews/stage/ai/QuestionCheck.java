package io.interviews.stage.ai;

import io.interviews.stage.rubric.InjectionScreen;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a question the model wrote may be put to the candidate: a question, of bounded length, that says
 * nothing about how the candidate is doing. The interviewer only asks; an evaluation never reaches the candidate.
 */
final class QuestionCheck {

    private static final Pattern EVALUATIVE = Pattern.compile(
            "\\b(score[sd]?|scoring|rating|rated|rate you|grade[sd]?|out of (5|five|10|ten)|\\d\\s*/\\s*(5|10)"
                    + "|(great|good|excellent|strong|weak|poor|impressive|solid|perfect) (answer|response|job)"
                    + "|well done|nice answer|that was (great|good|excellent)|you did (well|great)|evaluation|assessment of you"
                    + "|feedback on your)\\b"
                    + "|评分|打分|分数|得分|满分|回答得(很|非常|不)?(好|棒|不错|出色)|很好的回答|优秀的回答|答得(很|非常)?(好|不错)|评价你|你的表现",
            Pattern.CASE_INSENSITIVE);

    private QuestionCheck() {
    }

    /** Why {@code question} must not be asked, or empty when it may. */
    static Optional<String> problem(String question, int maxChars) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            return Optional.of("empty question");
        }
        if (text.length() > maxChars) {
            return Optional.of("question longer than " + maxChars + " characters");
        }
        if (text.indexOf('?') < 0 && text.indexOf('？') < 0) {
            return Optional.of("not a question");
        }
        if (EVALUATIVE.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            return Optional.of("speaks about the candidate's performance");
        }
        if (InjectionScreen.addressesTheGrader(text)) {
            return Optional.of("carries instructions");
        }
        return Optional.empty();
    }
}
