package io.interviews.bench;

import io.interviews.deploy.stack.LocalStack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long each service takes to be ready when it starts alone: stopped, then started again on its port while the
 * broker, the database and the other services are up and at rest, as a Kubernetes pod is restarted. The time runs
 * from launching the JVM to the first {@code 200} of {@code /q/health/ready}, polled every 200 ms.
 */
record StartupTimes(Map<String, List<Duration>> byService) {

    /** Restarts each of {@code services} {@code restarts} times, one after another, after the load is over. */
    static StartupTimes measure(LocalStack stack, List<String> services, int restarts) {
        Map<String, List<Duration>> byService = new LinkedHashMap<>();
        for (String service : services) {
            List<Duration> times = new ArrayList<>();
            for (int restart = 0; restart < restarts; restart++) {
                stack.stopService(service);
                long launched = System.nanoTime();
                stack.restartService(service);
                times.add(Duration.ofNanos(System.nanoTime() - launched));
            }
            byService.put(service, List.copyOf(times));
        }
        return new StartupTimes(byService);
    }

    String text() {
        StringBuilder out = new StringBuilder(
                "ready when started alone (broker, database and the other services up and at rest; seconds, each restart):\n");
        byService.forEach((service, times) -> out.append(String.format(Locale.ROOT, "  %-18s %s (median %.1f s)%n",
                service, times.stream().map(time -> String.format(Locale.ROOT, "%.1f", seconds(time))).toList(),
                seconds(median(times)))));
        return out.toString();
    }

    private static Duration median(List<Duration> times) {
        List<Duration> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
