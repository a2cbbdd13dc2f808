package io.interviews.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The token bucket on a clock the test moves. */
class RequestRateTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Ticker clock = nanos::get;

    @Test
    void aClientMayBurstUpToTheLimitAndIsToldWhenTheNextRequestIsTaken() {
        RequestRate rate = new RequestRate(3, Duration.ofMinutes(1), 100, clock);

        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, rate.acquire("198.51.100.1"));
        }
        assertEquals(Duration.ofSeconds(20), rate.acquire("198.51.100.1"), "one request's worth every 20 s");
        advance(Duration.ofSeconds(15));
        assertEquals(Duration.ofSeconds(5), rate.acquire("198.51.100.1"), "a refused request takes nothing");
        advance(Duration.ofSeconds(5));
        assertEquals(Duration.ZERO, rate.acquire("198.51.100.1"));
        assertEquals(Duration.ofSeconds(20), rate.acquire("198.51.100.1"));
    }

    @Test
    void clientsAreCountedApartAndAnIdleOneStartsAfresh() {
        RequestRate rate = new RequestRate(1, Duration.ofMinutes(1), 100, clock);

        assertEquals(Duration.ZERO, rate.acquire("a"));
        assertTrue(rate.acquire("a").compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, rate.acquire("b"));
        advance(Duration.ofMinutes(1));
        assertEquals(Duration.ZERO, rate.acquire("a"));
    }

    @Test
    void theMapKeepsAtMostTheCapAndDropsBucketsIdleForAPeriod() {
        RequestRate rate = new RequestRate(5, Duration.ofMinutes(1), 100, clock);

        for (int i = 0; i < 10_000; i++) {
            rate.acquire("made-up-" + i);
        }
        assertTrue(rate.trackedClients() <= 100, rate.trackedClients() + " clients tracked");
        advance(Duration.ofMinutes(1).plusNanos(1));
        assertEquals(0, rate.trackedClients());
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }
}
