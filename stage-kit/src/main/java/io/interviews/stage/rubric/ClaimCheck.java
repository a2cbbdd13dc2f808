package io.interviews.stage.rubric;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first claim an answer makes without substance, for a follow-up: a figure given as a result with no
 * word anywhere in the answer of how it was measured, or a named tool whose sentences say nothing of what it did
 * or why. Only banks with {@code claims} are checked.
 */
public final class ClaimCheck {

    /** A number presented as an effect: a share, a factor, a duration. */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\w.])\\d+(?:[.,]\\d+)?\\s*(?:%|％|percent\\b|per cent\\b|x\\b|times\\b|倍|ms\\b|milliseconds?\\b|毫秒"
                    + "|seconds?\\b|秒)|百分之[零一二三四五六七八九十百\\d]+",
            Pattern.CASE_INSENSITIVE);

    private ClaimCheck() {
    }

    /**
     * The follow-up for the first unsupported claim in {@code sentences}, if the banks probe claims: found with the
     * cues of {@code readIn}, the bank of the language the answer is written in, and asked with the probe of
     * {@code askedIn}, the bank of the interview's language (the two are the same bank unless the candidate answers
     * in the other language).
     */
    public static Optional<String> probe(QuestionBank readIn, QuestionBank askedIn, List<String> sentences) {
        Optional<ClaimProbes> probes = readIn.claimProbes();
        Optional<ClaimProbes> asked = askedIn.claimProbes();
        if (probes.isEmpty() || asked.isEmpty() || sentences.isEmpty()) {
            return Optional.empty();
        }
        List<String> normalized = sentences.stream().map(PhraseMatcher::normalize).toList();
        ClaimProbes.FigureProbe figure = probes.get().figure();
        ClaimProbes.FigureProbe askedFigure = asked.get().figure();
        if (figure != null && askedFigure != null && !anyCue(String.join(" ", normalized), figure.methodCues())) {
            for (String sentence : sentences) {
                Matcher matcher = FIGURE.matcher(sentence);
                if (matcher.find()) {
                    return Optional.of(askedFigure.probe().replace(ClaimProbes.CLAIM, matcher.group().trim()));
                }
            }
        }
        ClaimProbes.ToolProbe tool = probes.get().tool();
        ClaimProbes.ToolProbe askedTool = asked.get().tool();
        if (tool != null && askedTool != null) {
            for (String name : tool.names()) {
                List<String> mentions = normalized.stream().filter(sentence -> PhraseMatcher.occursIn(sentence, name)).toList();
                if (!mentions.isEmpty() && mentions.stream().noneMatch(sentence -> anyCue(sentence, tool.detailCues()))) {
                    return Optional.of(askedTool.probe().replace(ClaimProbes.CLAIM, name.replace("*", "")));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean anyCue(String normalizedText, List<String> cues) {
        return cues.stream().anyMatch(cue -> PhraseMatcher.occursIn(normalizedText, cue));
    }
}
