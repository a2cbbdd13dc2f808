package io.interviews.stage.rubric;

import java.util.List;

/**
 * How a stage probes claims made without substance, per language. Either part may be absent; a bank without
 * {@code claims} probes only missed rubric points.
 *
 * @param figure a number given as a result (a percentage, a speed-up, a latency) with no word of how it was measured
 * @param tool   a named tool or technology with no word of what it did or why
 */
public record ClaimProbes(FigureProbe figure, ToolProbe tool) {

    /** Placeholder in a probe's text for the candidate's own words (the figure or the tool's name). */
    public static final String CLAIM = "{claim}";

    /**
     * @param probe      follow-up text containing {@value ClaimProbes#CLAIM}
     * @param methodCues words that show how a figure was obtained (measured, benchmark, dashboard …)
     */
    public record FigureProbe(String probe, List<String> methodCues) {
        public FigureProbe {
            methodCues = List.copyOf(methodCues);
        }
    }

    /**
     * @param probe      follow-up text containing {@value ClaimProbes#CLAIM}
     * @param names      tools and technologies worth asking about (keyword syntax)
     * @param detailCues words that show the candidate explained the tool's use (because, instead of, configured …)
     */
    public record ToolProbe(String probe, List<String> names, List<String> detailCues) {
        public ToolProbe {
            names = List.copyOf(names);
            detailCues = List.copyOf(detailCues);
        }
    }
}
