package io.interviews.offer.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/**
 * The salary an offer letter states, with its percentile window ({@code windowLow}–{@code windowHigh}: a recruiter's
 * edit must stay inside) and the benchmark behind it ({@code benchmark}: its role, location and level). Null on a
 * feedback letter.
 */
@Embeddable
public record LetterSalary(
        @Column(name = "salary_amount") long amount,
        @Column(name = "salary_currency") String currency,
        @Column(name = "salary_percentile") double percentile,
        /* e.g. "P60–P75" */
        @Column(name = "salary_window") String window,
        @Column(name = "salary_window_low") Long windowLow,
        @Column(name = "salary_window_high") Long windowHigh,
        @Column(name = "salary_benchmark") String benchmark,
        @Column(name = "salary_source") String source,
        @Column(name = "salary_as_of") LocalDate asOf,
        /* how many salaries the benchmark summarises */
        @Column(name = "salary_sample_size") Integer sampleSize,
        @Column(name = "salary_method") String method) {
}
