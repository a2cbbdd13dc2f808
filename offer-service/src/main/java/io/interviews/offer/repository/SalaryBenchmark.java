package io.interviews.offer.repository;

import io.interviews.offer.service.Benchmark;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Column(nullable = false)
    public String role;

    /** Lower-case words that identify the role in a position title, e.g. {backend, python}. */
    @Column(nullable = false)
    public String[] titleKeywords;

    @Column(nullable = false)
    public String location;

    @Column(nullable = false)
    public String level;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public long p25;

    @Column(nullable = false)
    public long p50;

    @Column(nullable = false)
    public long p75;

    @Column(nullable = false)
    public long p90;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public LocalDate asOf;

    /** How many salaries the row summarises. */
    @Column(nullable = false)
    public int sampleSize;

    public Benchmark toBenchmark() {
        return new Benchmark(role, List.of(titleKeywords), location, level, currency, p25, p50, p75, p90, source, asOf,
                sampleSize, Benchmark.Basis.SALARY_SURVEY);
    }
}
