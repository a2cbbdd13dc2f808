package io.interviews.offer.service;

import io.interviews.events.Position;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The benchmark rows and the choice of the one that describes a position most closely. */
public record BenchmarkTable(List<Benchmark> rows) {

    public BenchmarkTable {
        rows = List.copyOf(rows);
    }

    /** The most specific row whose role, location and level fit the position; the all-wildcard row is the fallback. */
    public Optional<Benchmark> bestFor(Position position) {
        return rows.stream()
                .filter(row -> row.matchesRole(position.title()))
                .filter(row -> row.matchesLocation(position.location()))
                .filter(row -> row.matchesLevel(position.level()))
                .max(Comparator.comparingInt(Benchmark::specificity));
    }
}
