package io.sirius.rest.internal;

/**
 * A token bucket bounding announcements per second, so a flood of announcements is answered 429 instead of
 * swamping the unconfirmed pool's checks. Thread safe.
 */
final class AnnounceLimiter {
    private final int perSecond;
    private double tokens;
    private long last;

    AnnounceLimiter(int perSecond) {
        this.perSecond = Math.max(1, perSecond);
        this.tokens = this.perSecond;
        this.last = System.nanoTime();
    }

    int perSecond() {
        return perSecond;
    }

    synchronized boolean tryAcquire() {
        long now = System.nanoTime();
        tokens = Math.min(perSecond, tokens + (now - last) * perSecond / 1e9);
        last = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
