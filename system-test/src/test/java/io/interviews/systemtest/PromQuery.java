package io.interviews.systemtest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a dashboard's PromQL expression (or {@code label_values(...)} variable query) refers to: metric names,
 * label names, and label matchers with literal values. Enough PromQL for checking a dashboard against live
 * metrics, not a parser: selectors, grouping clauses, ranges, functions and operators.
 */
record PromQuery(Set<String> metrics, Set<String> labels, List<LabelMatcher> matchers) {

    /** {@code label op "value"}; {@code value} without quotes. */
    record LabelMatcher(String label, String operator, String value) {

        boolean usesVariable() {
            return value.contains("$");
        }

        boolean matches(String actual) {
            String candidate = actual == null ? "" : actual;
            return switch (operator) {
                case "=" -> candidate.equals(value);
                case "!=" -> !candidate.equals(value);
                case "=~" -> candidate.matches(value);
                case "!~" -> !candidate.matches(value);
                default -> throw new IllegalArgumentException(operator);
            };
        }

        @Override
        public String toString() {
            return label + operator + "\"" + value + "\"";
        }
    }

    private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\((.*),\\s*([a-zA-Z_]\\w*)\\s*\\)\\s*$");
    private static final Pattern SELECTOR = Pattern.compile("\\{([^}]*)}");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_]\\w*)\\s*(=~|!~|!=|=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\(([^)]*)\\)");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern LEGEND_LABEL = Pattern.compile("\\{\\{\\s*([a-zA-Z_]\\w*)\\s*}}");
    /** A name not followed by "(" (that would be a function); possessive, so "rate(" does not yield "rat". */
    private static final Pattern NAME = Pattern.compile("(?<![\\w:.$])([a-zA-Z_:][\\w:]*+)(?!\\s*\\()");
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "offset", "and", "or", "unless");

    static PromQuery parse(String expression) {
        Set<String> metrics = new LinkedHashSet<>();
        Set<String> labels = new LinkedHashSet<>();
        List<LabelMatcher> matchers = new ArrayList<>();
        String rest = expression;
        Matcher labelValues = LABEL_VALUES.matcher(rest);
        if (labelValues.matches()) {
            labels.add(labelValues.group(2));
            rest = labelValues.group(1);
        }
        Matcher selector = SELECTOR.matcher(rest);
        StringBuilder withoutSelectors = new StringBuilder();
        while (selector.find()) {
            Matcher matcher = MATCHER.matcher(selector.group(1));
            while (matcher.find()) {
                labels.add(matcher.group(1));
                matchers.add(new LabelMatcher(matcher.group(1), matcher.group(2), matcher.group(3).replace("\\\\", "\\")));
            }
            selector.appendReplacement(withoutSelectors, " ");
        }
        selector.appendTail(withoutSelectors);
        rest = withoutSelectors.toString();
        Matcher grouping = GROUPING.matcher(rest);
        while (grouping.find()) {
            for (String label : grouping.group(1).split(",")) {
                if (!label.isBlank()) {
                    labels.add(label.trim());
                }
            }
        }
        rest = RANGE.matcher(grouping.replaceAll(" ")).replaceAll(" ");
        Matcher name = NAME.matcher(rest);
        while (name.find()) {
            if (!KEYWORDS.contains(name.group(1))) {
                metrics.add(name.group(1));
            }
        }
        return new PromQuery(metrics, labels, matchers);
    }

    /** The labels a Grafana legend format such as {@code "{{job}} {{client_id}}"} shows. */
    static Set<String> legendLabels(String legendFormat) {
        Set<String> labels = new LinkedHashSet<>();
        Matcher matcher = LEGEND_LABEL.matcher(legendFormat == null ? "" : legendFormat);
        while (matcher.find()) {
            labels.add(matcher.group(1));
        }
        return labels;
    }
}
