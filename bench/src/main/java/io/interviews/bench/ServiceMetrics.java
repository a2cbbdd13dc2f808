package io.interviews.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the services report about themselves on their Prometheus endpoints, read once per service before and once
 * after the load: their brains' CPU time (stage-kit's {@code MeteredInterviewer}), what tells the rubric brain's cost
 * apart from the platform around it, and their JVMs' garbage-collection pauses (Micrometer's
 * {@code jvm_gc_pause_seconds}), what a heap setting costs.
 */
final class ServiceMetrics {

    static final String BRAIN_CPU = "interview_stage_brain_cpu_seconds_total";
    static final String GC_PAUSES = "jvm_gc_pause_seconds_count";
    static final String GC_PAUSE_SECONDS = "jvm_gc_pause_seconds_sum";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceMetrics() {
    }

    /** One service's counters at one moment. */
    record Reading(double brainCpuSeconds, double gcPauses, double gcPauseSeconds) {

        static Reading of(String exposition) {
            return new Reading(sum(exposition, BRAIN_CPU), sum(exposition, GC_PAUSES), sum(exposition, GC_PAUSE_SECONDS));
        }

        Reading minus(Reading before) {
            return new Reading(brainCpuSeconds - before.brainCpuSeconds, gcPauses - before.gcPauses,
                    gcPauseSeconds - before.gcPauseSeconds);
        }
    }

    /** Each service's reading now, by service name, from {@code metricsUrls} (service name → its endpoint). */
    static Map<String, Reading> read(Map<String, String> metricsUrls) {
        Map<String, Reading> readings = new LinkedHashMap<>();
        metricsUrls.forEach((service, url) -> readings.put(service, Reading.of(scrape(url))));
        return readings;
    }

    /** The sum of every sample of the metric {@code name} (whatever its labels) in a Prometheus text exposition. */
    static double sum(String exposition, String name) {
        return exposition.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static String scrape(String url) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading " + url, e);
        }
    }
}
