package io.sirius.rest.internal;

import java.util.function.LongSupplier;

/**
 * A token bucket bounding announcements per second, so a flood of announcements is answered 429 instead of
 * swamping the unconfirmed pool's checks. Thread safe.
 */
final class AnnounceLimiter {
    private final int perSecond;
    private final LongSupplier nanoClock;
    private double tokens;
    private long last;

    AnnounceLimiter(int perSecond) {
        this(perSecond, System::nanoTime);
    }

    /**
     * @param perSecond the sustained rate, also the burst allowed after a quiet second
     * @param nanoClock a monotonic clock in nanoseconds
     */
    AnnounceLimiter(int perSecond, LongSupplier nanoClock) {
        this.perSecond = Math.max(1, perSecond);
        this.nanoClock = nanoClock;
        this.tokens = this.perSecond;
        this.last = nanoClock.getAsLong();
    }

    int perSecond() {
        return perSecond;
    }

    synchronized boolean tryAcquire() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(perSecond, tokens + (now - last) * perSecond / 1e9);
        last = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
