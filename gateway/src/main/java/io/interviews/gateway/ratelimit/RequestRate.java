package io.interviews.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Duration;

/**
 * At most {@code requests} per {@code period} for each client (an address, a token): a token bucket that holds
 * {@code requests} tokens and gains one every {@code period / requests}, so a client may burst up to the full
 * amount and then goes at the refill rate. Each bucket is kept as one number, the moment it will be full again
 * (the generic cell rate algorithm), in a map of at most {@code maxClients} entries: a bucket untouched for a
 * whole period is full and is dropped, and beyond the cap the least recently used go first, so no stream of new
 * addresses or made-up tokens can grow memory.
 */
final class RequestRate {

    private final long nanosPerRequest;
    private final long burstNanos;
    private final Ticker ticker;
    private final Cache<String, Long> fullAt;

    RequestRate(int requests, Duration period, int maxClients, Ticker ticker) {
        if (requests < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit needs at least 1 request per positive period, not "
                    + requests + " per " + period);
        }
        this.nanosPerRequest = period.toNanos() / requests;
        this.burstNanos = period.toNanos() - nanosPerRequest;
        this.ticker = ticker;
        this.fullAt = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterWrite(period)
                .ticker(ticker)
                .build();
    }

    /**
     * Takes one token from {@code client}'s bucket. Zero when there was one (the request may go ahead), else how
     * long until there is one; a refused request takes nothing.
     */
    Duration acquire(String client) {
        long now = ticker.read();
        long[] wait = {0};
        fullAt.asMap().compute(client, (key, full) -> {
            long from = full == null ? now : Math.max(full, now);
            if (from - now > burstNanos) {
                wait[0] = from - now - burstNanos;
                return full;
            }
            return from + nanosPerRequest;
        });
        return Duration.ofNanos(wait[0]);
    }

    /** How many clients are tracked now, after dropping the expired and those over the cap. */
    long trackedClients() {
        fullAt.cleanUp();
        return fullAt.estimatedSize();
    }
}
