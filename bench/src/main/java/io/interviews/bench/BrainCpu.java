package io.interviews.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The CPU time the stages' brains report for their own work (stage-kit's {@code MeteredInterviewer}), summed over
 * every service's Prometheus endpoint: what the rubric brain costs, told apart from the platform around it.
 */
final class BrainCpu {

    static final String COUNTER = "interview_stage_brain_cpu_seconds_total";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BrainCpu() {
    }

    /** Milliseconds so far, over the services at {@code metricsUrls}; a service without the counter adds nothing. */
    static double millis(List<String> metricsUrls) {
        return metricsUrls.stream().mapToDouble(url -> secondsIn(scrape(url)) * 1000).sum();
    }

    /** The sum of every {@link #COUNTER} sample in a Prometheus text exposition. */
    static double secondsIn(String exposition) {
        return exposition.lines()
                .filter(line -> line.startsWith(COUNTER + "{") || line.startsWith(COUNTER + " "))
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
