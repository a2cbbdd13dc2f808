package io.interviews.deploy.helm;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The two values sets every chart test runs against: the chart's defaults, and values-all-on.yaml. */
enum ValuesSet {

    DEFAULTS(List.of()),
    ALL_ON(List.of("--values", Helm.ALL_ON_VALUES.toString()));

    private static final Map<ValuesSet, RenderedChart> RENDERED = new ConcurrentHashMap<>();

    private final List<String> helmArgs;

    ValuesSet(List<String> helmArgs) {
        this.helmArgs = helmArgs;
    }

    List<String> helmArgs() {
        return helmArgs;
    }

    /** The chart rendered with these values (once per test run). */
    RenderedChart rendered() {
        return RENDERED.computeIfAbsent(this, set -> Helm.template(set.helmArgs.toArray(String[]::new)));
    }
}
