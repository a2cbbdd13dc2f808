package io.interviews.gateway;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;

/** Reads samples from the gateway's Prometheus endpoint {@code /q/metrics}. */
final class PrometheusMetrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private PrometheusMetrics() {
    }

    static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sample of {@code name} whose labels include {@code labels}; empty if the gateway has none (yet). */
    static OptionalDouble sample(String name, Map<String, String> labels) {
        for (String line : scrape().split("\n")) {
            Matcher sample = SAMPLE.matcher(line.trim());
            if (sample.matches() && sample.group(1).equals(name)
                    && labelsOf(sample.group(2)).entrySet().containsAll(labels.entrySet())) {
                return OptionalDouble.of(Double.parseDouble(sample.group(3)));
            }
        }
        return OptionalDouble.empty();
    }

    /** The sample's value, 0 while the meter does not exist yet (a counter before its first increment). */
    static double valueOrZero(String name, String label, String value) {
        return sample(name, Map.of(label, value)).orElse(0);
    }

    private static Map<String, String> labelsOf(String labels) {
        if (labels == null || labels.isBlank()) {
            return Map.of();
        }
        Matcher label = LABEL.matcher(labels);
        return label.results().collect(Collectors.toMap(match -> match.group(1), match -> match.group(2)));
    }

    /** For messages: the scrape's lines about {@code names}. */
    static String linesAbout(String... names) {
        return Arrays.stream(scrape().split("\n"))
                .filter(line -> Arrays.stream(names).anyMatch(line::startsWith))
                .collect(Collectors.joining("\n"));
    }
}
