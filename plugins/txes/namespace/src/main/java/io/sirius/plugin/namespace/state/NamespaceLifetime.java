package io.sirius.plugin.namespace.state;

import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import java.util.Objects;

/**
 * When a root namespace (and with it its children) is usable: active from {@code start} until just before
 * {@code end}; then, until just before {@code graceEnd}, in its grace period, when only the owner may renew it; after
 * that free for anyone to register. An eternal namespace has {@code end = graceEnd =} 2^64 - 1.
 *
 * <p>The grace period end is computed once, from the configuration in force at the registration or renewal, and
 * stored: a later configuration change does not move the grace period of namespaces already rented, and a rollback
 * restores exactly what was there (Sirius also fixes it when the root is inserted into its cache).
 *
 * @param start the height of the registration (of the first one, across renewals)
 * @param end the first height at which the namespace is expired
 * @param graceEnd the first height at which anyone may register the name again
 */
public record NamespaceLifetime(Height start, Height end, Height graceEnd) {
    /** The end height of an eternal namespace, 2^64 - 1. */
    public static final Height ETERNAL = new Height(-1L);

    /** Checks that the lifetime is positive and the grace period does not end before the lifetime. */
    public NamespaceLifetime {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(graceEnd, "graceEnd");
        if (start.compareTo(end) >= 0) {
            throw new IllegalArgumentException("a namespace lifetime must be positive: [" + start + ", " + end + ")");
        }
        if (graceEnd.compareTo(end) < 0) {
            throw new IllegalArgumentException("the grace period cannot end (" + graceEnd + ") before the lifetime ("
                    + end + ")");
        }
    }

    /**
     * @param start the registration height
     * @param duration the rental duration; 0 means eternal
     * @param grace the grace period
     * @return a fresh lifetime
     */
    public static NamespaceLifetime of(Height start, BlockDuration duration, BlockDuration grace) {
        Height end = duration.value() == 0 ? ETERNAL : plus(start, duration.value());
        return new NamespaceLifetime(start, end, graceEnd(end, grace));
    }

    /**
     * @param duration the blocks added by a renewal; 0 makes the namespace eternal
     * @param grace the grace period in force at the renewal
     * @return this lifetime renewed: the same start, the end moved by {@code duration}, the grace period recomputed
     */
    public NamespaceLifetime renewedBy(BlockDuration duration, BlockDuration grace) {
        Height newEnd = duration.value() == 0 ? ETERNAL : plus(end, duration.value());
        return new NamespaceLifetime(start, newEnd, graceEnd(newEnd, grace));
    }

    /** @return whether the namespace never expires */
    public boolean isEternal() {
        return end.equals(ETERNAL);
    }

    /**
     * @param height a height
     * @return whether the namespace is active there, grace period excluded (Sirius's {@code isActiveAndUnlocked})
     */
    public boolean isActive(Height height) {
        return height.compareTo(start) >= 0 && height.compareTo(end) < 0;
    }

    /**
     * @param height a height
     * @return whether the namespace is active or in its grace period there (Sirius's {@code isActiveOrGracePeriod})
     */
    public boolean isActiveOrInGracePeriod(Height height) {
        return height.compareTo(start) >= 0 && height.compareTo(graceEnd) < 0;
    }

    private static Height graceEnd(Height end, BlockDuration grace) {
        return end.equals(ETERNAL) ? ETERNAL : plus(end, grace.value());
    }

    /** Adds as uint64, saturating at 2^64 - 1 (the validators keep registrations far below it). */
    private static Height plus(Height height, long blocks) {
        long sum = height.value() + blocks;
        return new Height(Long.compareUnsigned(sum, height.value()) < 0 ? -1L : sum);
    }
}
