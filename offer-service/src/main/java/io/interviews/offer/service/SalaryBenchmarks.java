package io.interviews.offer.service;

import io.interviews.events.Position;
import io.interviews.offer.config.OfferConfig;
import io.interviews.offer.repository.SalaryBenchmark;
import io.interviews.offer.service.adzuna.AdzunaSalarySearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an offer's benchmark comes from: Adzuna's live job ads when enabled, configured (app id and key) and the
 * location is in a country Adzuna covers; otherwise, and whenever Adzuna fails, times out or has too few
 * salaries, the benchmark table.
 */
@ApplicationScoped
public class SalaryBenchmarks {

    private static final Logger LOG = Logger.getLogger(SalaryBenchmarks.class);

    private final AdzunaSalarySearch adzuna;
    private final OfferConfig.Adzuna config;

    SalaryBenchmarks(AdzunaSalarySearch adzuna, OfferConfig config) {
        this.adzuna = adzuna;
        this.config = config.adzuna();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Benchmark benchmarkFor(Position position) {
        return fromAdzuna(position).orElseGet(() -> fromTable(position));
    }

    private Optional<Benchmark> fromAdzuna(Position position) {
        if (!config.enabled() || config.appId().isEmpty() || config.appKey().isEmpty()
                || position.location() == null) {
            return Optional.empty();
        }
        String country = config.countries().get(position.location().trim().toLowerCase(Locale.ROOT));
        if (country == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(adzuna.benchmark(country, position.title(), position.location().trim(),
                    position.level()));
        } catch (RuntimeException e) {
            LOG.warnf("No Adzuna benchmark for %s, using the benchmark table: %s", position, e.toString());
            return Optional.empty();
        }
    }

    private static Benchmark fromTable(Position position) {
        BenchmarkTable table = new BenchmarkTable(SalaryBenchmark.<SalaryBenchmark>listAll().stream()
                .map(SalaryBenchmark::toBenchmark)
                .toList());
        return table.bestFor(position).orElseThrow(() -> new IllegalStateException(
                "no salary benchmark row fits " + position + " and the table has no fallback row"));
    }
}
