package io.interviews.kit;

import io.interviews.events.DataKey;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * The data keys a service used lately, so that not every event it publishes or consumes reads the key table: an
 * interview's events come in bursts while it runs. An entry lives at most its time to live, so a key the gateway
 * destroyed stays no longer than that in the memory of a service that had it (where the erasure runs, it evicts the
 * key at once); the least recently used entry goes first when the capacity is reached.
 */
final class RecentKeys {

    private final long timeToLiveNanos;
    private final LongSupplier nanoClock;
    private final Map<UUID, Entry> entries;

    RecentKeys(Duration timeToLive, int capacity, LongSupplier nanoClock) {
        this.timeToLiveNanos = timeToLive.toNanos();
        this.nanoClock = nanoClock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<DataKey> get(UUID interviewId) {
        Entry entry = entries.get(interviewId);
        if (entry == null) {
            return Optional.empty();
        }
        if (nanoClock.getAsLong() - entry.storedAt() >= timeToLiveNanos) {
            entries.remove(interviewId);
            return Optional.empty();
        }
        return Optional.of(entry.key());
    }

    synchronized void put(DataKey key) {
        entries.put(key.interviewId(), new Entry(key, nanoClock.getAsLong()));
    }

    synchronized void forget(UUID interviewId) {
        entries.remove(interviewId);
    }

    private record Entry(DataKey key, long storedAt) {
    }
}
