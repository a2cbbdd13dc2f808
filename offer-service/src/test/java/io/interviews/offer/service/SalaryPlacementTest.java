package io.interviews.offer.service;

import io.interviews.events.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SalaryPlacementTest {

    private static final List<String> BACKEND = List.of("backend", "python", "java");
    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
    private static final String SEED = "Seed salary benchmark v1 (illustrative figures)";
    private static final Benchmark.Basis SURVEY = Benchmark.Basis.SALARY_SURVEY;
    private static final Benchmark LONDON_BACKEND_MID = new Benchmark("Backend developer", BACKEND, "London", "mid",
            "GBP", 55000, 65000, 77000, 88000, SEED, AS_OF, 100, SURVEY);
    private static final Benchmark LONDON_BACKEND = new Benchmark("Backend developer", BACKEND, "London", "*",
            "GBP", 52000, 63000, 76000, 90000, SEED, AS_OF, 100, SURVEY);
    private static final Benchmark FALLBACK = new Benchmark("*", List.of(), "*", "*",
            "USD", 60000, 75000, 92000, 110000, SEED, AS_OF, 100, SURVEY);
    private static final BenchmarkTable TABLE = new BenchmarkTable(List.of(FALLBACK, LONDON_BACKEND, LONDON_BACKEND_MID));

    @Test
    void londonPythonDeveloperScoring73IsPaidInsideTheP60ToP75WindowInPounds() {
        Benchmark benchmark = TABLE.bestFor(new Position("Python Backend Developer", "mid", "London")).orElseThrow();

        SalaryOffer offer = SalaryPlacement.place(benchmark, 73);

        assertEquals(LONDON_BACKEND_MID, benchmark);
        assertEquals(SalaryWindow.UPPER, offer.window());
        assertEquals("P60–P75", offer.window().label());
        assertEquals("GBP", offer.currency());
        // 73 is 3/8 of the way through the 70–77 band: 60 + 0.375·15 = P65.625
        assertEquals(65.625, offer.percentile(), 1e-9);
        double p60 = benchmark.atPercentile(60);
        double p75 = benchmark.atPercentile(75);
        assertTrue(p60 <= offer.amount() && offer.amount() <= p75,
                offer.amount() + " outside P60 " + p60 + " – P75 " + p75);
        // P65.625 lies between P50 65,000 and P75 77,000: 65,000 + 12,000·15.625/25 = 72,500
        assertEquals(72500, offer.amount());
    }

    @ParameterizedTest(name = "total {0} → {1} at P{2}")
    @CsvSource({
            "100, TOP,    90",
            "78,  TOP,    75",
            "77,  UPPER,  73.125",
            "70,  UPPER,  60",
            "69,  MIDDLE, 58",
            "60,  MIDDLE, 40",
            "55,  MIDDLE, 40"})
    void scoreBandsMapToTheirPercentileWindows(double total, SalaryWindow window, double percentile) {
        SalaryOffer offer = SalaryPlacement.place(LONDON_BACKEND_MID, total);

        assertEquals(window, offer.window());
        assertEquals(percentile, offer.percentile(), 1e-9);
        assertTrue(LONDON_BACKEND_MID.atPercentile(window.fromPercentile()) <= offer.amount()
                && offer.amount() <= LONDON_BACKEND_MID.atPercentile(window.toPercentile()));
    }

    @Test
    void percentilesBetweenTheBenchmarkColumnsAreInterpolatedLinearly() {
        assertEquals(55000, LONDON_BACKEND_MID.atPercentile(25));
        assertEquals(61000, LONDON_BACKEND_MID.atPercentile(40)); // 55,000 + 10,000·15/25
        assertEquals(69800, LONDON_BACKEND_MID.atPercentile(60)); // 65,000 + 12,000·10/25
        assertEquals(88000, LONDON_BACKEND_MID.atPercentile(90));
    }

    @Test
    void roundingNeverCarriesTheFigureOutOfItsWindow() {
        Benchmark odd = new Benchmark("Backend developer", BACKEND, "London", "mid", "GBP",
                50001, 60001, 70049, 80051, "test", AS_OF, 100, SURVEY);

        // P75 = 70,049 would round down to 70,000 and P90 = 80,051 up to 80,100: both leave the window
        assertEquals(70049, SalaryPlacement.place(odd, 78).amount());
        assertEquals(80051, SalaryPlacement.place(odd, 100).amount());
    }

    @Test
    void theMostSpecificRowWinsAndTheWildcardRowIsTheFallback() {
        assertEquals(LONDON_BACKEND,
                TABLE.bestFor(new Position("Senior Java Engineer (backend)", "principal", "london")).orElseThrow());
        assertEquals(FALLBACK, TABLE.bestFor(new Position("Python Developer", "mid", "Tokyo")).orElseThrow());
        assertEquals(FALLBACK, TABLE.bestFor(new Position("Product Designer", "mid", "London")).orElseThrow());
    }

    @Test
    void theMethodStatesWindowScopeAndRounding() {
        SalaryOffer offer = SalaryPlacement.place(LONDON_BACKEND_MID, 73);

        assertEquals("Interview total placed linearly in the P60–P75 window of the benchmark for Backend developer, "
                + "London, mid: percentile 65.6, interpolated between the benchmark's percentiles and rounded to "
                + "the nearest 100 GBP.", offer.method());
    }
}
