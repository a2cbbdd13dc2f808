package io.interviews.offer.service.adzuna;

import io.interviews.offer.config.OfferConfig;
import io.interviews.offer.service.Benchmark;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A benchmark computed from the salaries advertised in Adzuna's job ads for a role in a place: P25/P50/P75/P90 of
 * the advertised ranges' midpoints (linear interpolation between order statistics), with the number of ads used.
 * Results are cached per country, role, location and level; a failure is not cached.
 */
@ApplicationScoped
public class AdzunaSalarySearch {

    static final String CACHE = "adzuna-benchmarks";
    /** Adzuna's currency in each country it covers. */
    private static final Map<String, String> CURRENCIES = Map.ofEntries(Map.entry("gb", "GBP"),
            Map.entry("us", "USD"), Map.entry("ca", "CAD"), Map.entry("au", "AUD"), Map.entry("nz", "NZD"),
            Map.entry("de", "EUR"), Map.entry("fr", "EUR"), Map.entry("nl", "EUR"), Map.entry("it", "EUR"),
            Map.entry("es", "EUR"), Map.entry("at", "EUR"), Map.entry("be", "EUR"), Map.entry("ch", "CHF"),
            Map.entry("pl", "PLN"), Map.entry("in", "INR"), Map.entry("sg", "SGD"), Map.entry("za", "ZAR"),
            Map.entry("br", "BRL"), Map.entry("mx", "MXN"));

    private static final List<String> LEVELS_IN_KEYWORDS =
            List.of("junior", "graduate", "senior", "lead", "principal", "staff");

    private final AdzunaClient client;
    private final OfferConfig.Adzuna config;

    AdzunaSalarySearch(@RestClient AdzunaClient client, OfferConfig config) {
        this.client = client;
        this.config = config.adzuna();
    }

    /** @throws NoMarketDataException when too few ads state a salary; other failures propagate */
    @CacheResult(cacheName = CACHE)
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public Benchmark benchmark(String country, String title, String location, String level) {
        String what = keywords(title, level);
        AdzunaSearchResult result = client.search(country, 1, config.appId().orElseThrow(),
                config.appKey().orElseThrow(), what, location, config.resultsPerPage(), "application/json");
        List<Double> salaries = result.results().stream()
                .map(AdzunaSearchResult.Ad::advertisedMidpoint)
                .filter(Objects::nonNull)
                .filter(salary -> salary > 0)
                .sorted()
                .toList();
        if (salaries.size() < config.minimumSample()) {
            throw new NoMarketDataException("Adzuna has " + salaries.size() + " ads with a salary for '" + what
                    + "' in " + location + " (" + country + "), fewer than " + config.minimumSample());
        }
        String currency = CURRENCIES.getOrDefault(country, country.toUpperCase(Locale.ROOT));
        String source = "Adzuna job search API (" + country + ", '" + what + "' in " + location + ", "
                + result.count() + " matching ads)";
        return new Benchmark(title, List.of(), location, level == null || level.isBlank() ? Benchmark.ANY : level,
                currency, percentile(salaries, 25), percentile(salaries, 50), percentile(salaries, 75),
                percentile(salaries, 90), source, LocalDate.now(ZoneOffset.UTC), salaries.size(),
                Benchmark.Basis.ADVERTISED_RANGES);
    }

    /** Linear interpolation between the order statistics (rank = p/100 · (n − 1)). */
    static long percentile(List<Double> sorted, double p) {
        double rank = p / 100 * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        double value = sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (rank - below);
        return Math.round(value);
    }

    /** The title, with a seniority level in front when it names one ("senior Python developer"). */
    private static String keywords(String title, String level) {
        String normalizedLevel = level == null ? "" : level.toLowerCase(Locale.ROOT);
        if (!LEVELS_IN_KEYWORDS.contains(normalizedLevel) || title.toLowerCase(Locale.ROOT).contains(normalizedLevel)) {
            return title;
        }
        return normalizedLevel + " " + title;
    }
}
