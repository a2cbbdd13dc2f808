package io.interviews.offer.repository;

import io.interviews.offer.service.Benchmark;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;

/** A row of the seeded salary benchmark (migrations V2, V3); {@code *} in role, location or level matches anything. */
@Entity
@Table(name = "salary_benchmark")
public class SalaryBenchmark extends PanacheEntityBase {

    @Id
    public Long id;

    public String role;

    /** Lower-case words that identify the role in a position title, e.g. {backend, python}. */
    public String[] titleKeywords;

    public String location;

    public String level;

    public String currency;

    public long p25;

    public long p50;

    public long p75;

    public long p90;

    public String source;

    public LocalDate asOf;

    /** How many salaries the row summarises. */
    public int sampleSize;

    public Benchmark toBenchmark() {
        return new Benchmark(role, List.of(titleKeywords), location, level, currency, p25, p50, p75, p90, source, asOf,
                sampleSize, Benchmark.Basis.SALARY_SURVEY);
    }
}
