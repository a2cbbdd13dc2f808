package io.interviews.offer.service;

import com.fasterxml.jackson.databind.ObjectMapper;
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
    void londonPythonDeveloperScoring73IsAConsiderAndPaidInsideTheP40ToP60WindowInPounds() {
        Benchmark benchmark = TABLE.bestFor(new Position("Python Backend Developer", "mid", "London")).orElseThrow();

        SalaryOffer offer = SalaryPlacement.place(benchmark, 73);

        assertEquals(LONDON_BACKEND_MID, benchmark);
        assertEquals(SalaryWindow.CONSIDER, offer.window());
        assertEquals("P40–P60", offer.window().label());
        assertEquals("GBP", offer.currency());
        // 73 is 3/10 of the way through CONSIDER (70–80): 40 + 0.3·20 = P46
        assertEquals(46, offer.percentile(), 1e-9);
        double p40 = benchmark.atPercentile(40);
        double p60 = benchmark.atPercentile(60);
        assertTrue(p40 <= offer.amount() && offer.amount() <= p60,
                offer.amount() + " outside P40 " + p40 + " – P60 " + p60);
        // P46 lies between P25 55,000 and P50 65,000: 55,000 + 10,000·21/25 = 63,400
        assertEquals(63400, offer.amount());
    }

    @ParameterizedTest(name = "total {0} → {1} at P{2}")
    @CsvSource({
            "100,  STRONG_HIRE, 90",
            "90,   STRONG_HIRE, 75",
            "89.9, HIRE,        74.85",
            "80,   HIRE,        60",
            "79.9, CONSIDER,    59.8",
            "70,   CONSIDER,    40",
            "69.9, BORDERLINE,  39.85",
            "60,   BORDERLINE,  25",
            "55,   BORDERLINE,  25"})
    void eachBandHasItsPercentileWindow(double total, SalaryWindow window, double percentile) {
        SalaryOffer offer = SalaryPlacement.place(LONDON_BACKEND_MID, total);

        assertEquals(window, offer.window());
        assertEquals(percentile, offer.percentile(), 1e-9);
        assertTrue(LONDON_BACKEND_MID.atPercentile(window.fromPercentile()) <= offer.amount()
                && offer.amount() <= LONDON_BACKEND_MID.atPercentile(window.toPercentile()));
    }

    @Test
    void windowsStoredUnderTheirFormerNamesReadAsTheBandWithTheSamePercentiles() throws Exception {
        ObjectMapper json = new ObjectMapper();

        assertEquals(SalaryWindow.STRONG_HIRE, json.readValue("\"TOP\"", SalaryWindow.class));
        assertEquals(SalaryWindow.HIRE, json.readValue("\"UPPER\"", SalaryWindow.class));
        assertEquals(SalaryWindow.CONSIDER, json.readValue("\"MIDDLE\"", SalaryWindow.class));
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
        assertEquals(70049, SalaryPlacement.place(odd, 90).amount());
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

        assertEquals("Interview total placed linearly in the P40–P60 window of the benchmark for Backend developer, "
                + "London, mid: percentile 46.0, interpolated between the benchmark's percentiles and rounded to "
                + "the nearest 100 GBP.", offer.method());
    }
}
