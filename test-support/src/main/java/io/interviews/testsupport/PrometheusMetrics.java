package io.interviews.testsupport;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

import static io.restassured.RestAssured.given;

/**
 * Reads samples from a Prometheus text exposition: the {@code /q/metrics} of the Quarkus application under test
 * (through RestAssured), or one fetched from a running service. A sample is found by its name and the labels it
 * must include, in any order.
 */
public final class PrometheusMetrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private PrometheusMetrics() {
    }

    /** The application under test's {@code /q/metrics}. */
    public static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The application's sample of {@code name} whose labels include {@code labels}; empty if it has none (yet). */
    public static OptionalDouble sample(String name, Map<String, String> labels) {
        return sample(scrape(), name, labels);
    }

    /** The sample of {@code name} in {@code exposition} whose labels include {@code labels}; empty if there is none. */
    public static OptionalDouble sample(String exposition, String name, Map<String, String> labels) {
        return values(exposition, name, labels).findFirst();
    }

    /** The application's samples of {@code name} whose labels include {@code labels}, added up; 0 if there are none. */
    public static double sum(String name, Map<String, String> labels) {
        return values(scrape(), name, labels).sum();
    }

    /** The sample's value, 0 while the meter does not exist yet (a counter before its first increment). */
    public static double valueOrZero(String name, String label, String value) {
        return sample(name, Map.of(label, value)).orElse(0);
    }

    /** For messages: the application's lines about {@code names}. */
    public static String linesAbout(String... names) {
        return Arrays.stream(scrape().split("\n"))
                .filter(line -> Arrays.stream(names).anyMatch(line::startsWith))
                .collect(Collectors.joining("\n"));
    }

    private static DoubleStream values(String exposition, String name, Map<String, String> labels) {
        return exposition.lines()
                .map(line -> SAMPLE.matcher(line.trim()))
                .filter(sample -> sample.matches() && sample.group(1).equals(name)
                        && labelsOf(sample.group(2)).entrySet().containsAll(labels.entrySet()))
                .mapToDouble(sample -> Double.parseDouble(sample.group(3)));
    }

    private static Map<String, String> labelsOf(String labels) {
        if (labels == null || labels.isBlank()) {
            return Map.of();
        }
        Matcher label = LABEL.matcher(labels);
        return label.results().collect(Collectors.toMap(match -> match.group(1), match -> match.group(2)));
    }
}
