package io.interviews.kit;

import io.interviews.events.DataKey;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecentKeysTest {

    private final AtomicLong now = new AtomicLong();
    private final RecentKeys keys = new RecentKeys(Duration.ofMinutes(5), 2, now::get);

    @Test
    void aKeyIsKeptForItsTimeToLiveAndNoLonger() {
        DataKey key = DataKey.generate(UUID.randomUUID());
        keys.put(key);

        now.set(Duration.ofMinutes(5).toNanos() - 1);
        assertEquals(Optional.of(key), keys.get(key.interviewId()));
        now.set(Duration.ofMinutes(5).toNanos());
        assertEquals(Optional.empty(), keys.get(key.interviewId()), "a destroyed key lives on no longer than this");
    }

    @Test
    void theLeastRecentlyUsedKeyMakesRoomAndAForgottenKeyIsGone() {
        DataKey first = DataKey.generate(UUID.randomUUID());
        DataKey second = DataKey.generate(UUID.randomUUID());
        DataKey third = DataKey.generate(UUID.randomUUID());
        keys.put(first);
        keys.put(second);
        keys.get(first.interviewId());
        keys.put(third);

        assertEquals(Optional.of(first), keys.get(first.interviewId()));
        assertEquals(Optional.empty(), keys.get(second.interviewId()));
        keys.forget(third.interviewId());
        assertEquals(Optional.empty(), keys.get(third.interviewId()));
    }
}
