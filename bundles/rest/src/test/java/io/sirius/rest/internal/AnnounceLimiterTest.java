package io.sirius.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AnnounceLimiterTest {

    @Test
    void allowsABurstOfOneSecondThenRefillsAtTheRate() {
        // Arrange
        AtomicLong now = new AtomicLong(1_000_000_000L);
        AnnounceLimiter limiter = new AnnounceLimiter(4, now::get);

        // Act
        int burst = 0;
        while (limiter.tryAcquire()) {
            burst++;
        }
        now.addAndGet(250_000_000L);
        boolean afterQuarterSecond = limiter.tryAcquire();
        boolean secondInSameInstant = limiter.tryAcquire();
        now.addAndGet(10_000_000_000L);
        int afterLongPause = 0;
        while (limiter.tryAcquire()) {
            afterLongPause++;
        }

        // Assert
        assertEquals(4, burst);
        assertTrue(afterQuarterSecond);
        assertFalse(secondInSameInstant);
        assertEquals(4, afterLongPause);
    }

    @Test
    void aRateBelowOneMeansOne() {
        // Arrange
        AnnounceLimiter limiter = new AnnounceLimiter(0, () -> 0L);

        // Act & Assert
        assertEquals(1, limiter.perSecond());
        assertTrue(limiter.tryAcquire());
        assertFalse(limiter.tryAcquire());
    }
}
