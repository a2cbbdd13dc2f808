package io.interviews.offer.service.adzuna;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.interviews.events.Band;
import io.interviews.events.Candidate;
import io.interviews.events.CloudEventHeaders;
import io.interviews.events.EventCodec;
import io.interviews.events.InterviewContext;
import io.interviews.events.InterviewScored;
import io.interviews.events.Language;
import io.interviews.events.LetterDrafted;
import io.interviews.events.PlannedStage;
import io.interviews.events.Position;
import io.interviews.events.StageScore;
import io.interviews.events.Topics;
import io.interviews.offer.service.Benchmark;
import io.interviews.offer.service.SalaryBenchmarks;
import io.interviews.testsupport.RealInfrastructure;
import io.interviews.testsupport.TopicProbe;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.interviews.testsupport.TopicProbe.keyed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optional Adzuna client against a local stub of its job search API, and the fall back to the table. */
@QuarkusTest
@TestProfile(AdzunaBenchmarkTest.AdzunaEnabled.class)
@QuarkusTestResource(RealInfrastructure.class)
class AdzunaBenchmarkTest {

    private static final String SEED_SOURCE = "Seed salary benchmark v1 (illustrative figures)";

    public static class AdzunaEnabled implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("interview.offer.adzuna.enabled", "true",
                    "interview.offer.adzuna.app-id", "test-app",
                    "interview.offer.adzuna.app-key", "test-key",
                    // wait three seconds, not five, for the slow stub (a cold first call takes about one)
                    "io.interviews.offer.service.adzuna.AdzunaSalarySearch/benchmark/Timeout/value", "3");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(AdzunaStub.class));
        }
    }

    @Inject
    SalaryBenchmarks benchmarks;

    @ConfigProperty(name = "quarkus.rest-client.adzuna.url")
    URI adzunaUrl;

    @Inject
    @CacheName(AdzunaSalarySearch.CACHE)
    Cache cache;

    @BeforeEach
    void forgetEarlierSearches() {
        cache.invalidateAll().await().indefinitely();
        stub().resetRequests();
    }

    @Test
    void percentilesComeFromTheAdvertisedSalaryRangesWithTheirSampleCount() {
        Benchmark benchmark = benchmarkFor(AdzunaStub.WITH_SALARIES, "London");

        // midpoints of the eight advertised salaries: 50, 55, 60, 65, 70, 75, 80, 85 thousand
        assertEquals(58750, benchmark.p25());
        assertEquals(67500, benchmark.p50());
        assertEquals(76250, benchmark.p75());
        assertEquals(81500, benchmark.p90());
        assertEquals(8, benchmark.sampleSize());
        assertEquals("GBP", benchmark.currency());
        assertEquals(Benchmark.Basis.ADVERTISED_RANGES, benchmark.basis());
        assertEquals("Adzuna job search API (gb, 'Python Backend Developer' in London, 412 matching ads)",
                benchmark.source());
        assertEquals(LocalDate.now(ZoneOffset.UTC), benchmark.asOf());
        stub().verifyThat(getRequestedFor(urlPathEqualTo(AdzunaStub.SEARCH_PATH))
                .withQueryParam("app_id", WireMock.equalTo("test-app"))
                .withQueryParam("app_key", WireMock.equalTo("test-key"))
                .withQueryParam("what", WireMock.equalTo(AdzunaStub.WITH_SALARIES))
                .withQueryParam("where", WireMock.equalTo("London"))
                .withQueryParam("results_per_page", WireMock.equalTo("50"))
                .withQueryParam("content-type", WireMock.equalTo("application/json")));
    }

    @Test
    void aBenchmarkIsFetchedOncePerRoleLocationAndLevel() {
        Benchmark first = benchmarkFor(AdzunaStub.WITH_SALARIES, "London");
        Benchmark second = benchmarkFor(AdzunaStub.WITH_SALARIES, "London");

        assertEquals(first, second);
        assertEquals(1, requestsFor(AdzunaStub.WITH_SALARIES));
    }

    @Test
    void anHttpErrorFallsBackToTheTableAndIsNotCached() {
        Benchmark benchmark = benchmarkFor(AdzunaStub.FAILING, "London");
        benchmarkFor(AdzunaStub.FAILING, "London");

        assertEquals(SEED_SOURCE, benchmark.source());
        assertEquals("Backend developer, London, mid", benchmark.scope());
        assertEquals(2, requestsFor(AdzunaStub.FAILING));
    }

    @Test
    void anEmptyResultFallsBackToTheTable() {
        Benchmark benchmark = benchmarkFor(AdzunaStub.WITHOUT_ADS, "London");

        assertEquals(SEED_SOURCE, benchmark.source());
        assertEquals(Benchmark.Basis.SALARY_SURVEY, benchmark.basis());
        assertEquals(1, requestsFor(AdzunaStub.WITHOUT_ADS));
    }

    @Test
    void aSlowAnswerTimesOutAndFallsBackToTheTable() {
        long start = System.nanoTime();
        Benchmark benchmark = benchmarkFor(AdzunaStub.SLOW, "London");

        assertEquals(SEED_SOURCE, benchmark.source());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 6000, "waited for the slow answer");
    }

    @Test
    void aLocationOutsideAdzunasCountriesUsesTheTableWithoutAsking() {
        Benchmark benchmark = benchmarkFor("Python Backend Developer", "Shanghai");

        assertEquals("CNY", benchmark.currency());
        assertEquals(SEED_SOURCE, benchmark.source());
        assertEquals(0, stub().find(getRequestedFor(urlPathEqualTo("/v1/api/jobs/cn/search/1"))).size());
    }

    @Test
    void theOfferLetterStatesAdzunaAsSourceWithSampleCountAndMethod() {
        InterviewContext context = new InterviewContext(new Candidate("Mei Lin", "mei.lin@example.com"),
                new Position(AdzunaStub.WITH_SALARIES, "mid", "London"), Language.EN,
                List.of(new PlannedStage("tech", 1)));
        InterviewScored scored = new InterviewScored(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), context,
                List.of(new StageScore("tech", 1, 73)), 73, Band.CONSIDER, "Consider", false, List.of(),
                List.of());
        try (TopicProbe topics = TopicProbe.forRealInfrastructure()) {
            topics.send(Topics.SCORED, scored.interviewId().toString(), EventCodec.encode(scored));
            String markdown = EventCodec.decode(topics.awaitRecord(Topics.LETTERS,
                    keyed(scored.interviewId()).and(r -> LetterDrafted.TYPE.equals(
                            TopicProbe.headers(r).get(CloudEventHeaders.TYPE))),
                    Duration.ofSeconds(30)).value(), LetterDrafted.class).markdown();

            assertTrue(markdown.contains("source: Adzuna job search API (gb, 'Python Backend Developer' in London"),
                    markdown);
            assertTrue(markdown.contains("8 salaries"), markdown);
            assertTrue(markdown.contains("percentiles of the midpoints of the salary ranges in current job ads"),
                    markdown);
            assertTrue(markdown.contains("P40–P60"), markdown); // 73 is CONSIDER
        }
    }

    private Benchmark benchmarkFor(String title, String location) {
        return QuarkusTransaction.requiringNew().call(() ->
                benchmarks.benchmarkFor(new Position(title, "mid", location)));
    }

    private int requestsFor(String what) {
        return stub().find(getRequestedFor(urlPathEqualTo(AdzunaStub.SEARCH_PATH))
                .withQueryParam("what", WireMock.equalTo(what))).size();
    }

    private WireMock stub() {
        return new WireMock(adzunaUrl.getHost(), adzunaUrl.getPort());
    }
}
