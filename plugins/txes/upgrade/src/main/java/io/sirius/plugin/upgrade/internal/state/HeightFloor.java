package io.sirius.plugin.upgrade.internal.state;

import io.sirius.api.model.Height;
import io.sirius.api.state.CacheView;
import java.util.Optional;

/**
 * Finds, in a cache keyed by height, the entry in force at a height: the one with the greatest height not above it.
 *
 * <p>Interim lookup: {@link CacheView} offers point lookups only, so this probes the heights downwards until it finds
 * an entry, one lookup per height passed. That is exact but costs as many lookups as there are blocks between the
 * height and the entry; a floor query on the cache view (the store keeps keys sorted by height already) would make
 * it one lookup, and this class is the only place that would change.
 */
public final class HeightFloor {
    /** No limit on the number of probes. */
    public static final long UNLIMITED = -1;

    private HeightFloor() {
    }

    /**
     * @param cache the cache
     * @param height the height
     * @param <V> the entry type
     * @return the entry with the greatest height not above {@code height}, if any
     */
    public static <V> Optional<V> atOrBelow(CacheView<Height, V> cache, Height height) {
        return atOrBelow(cache, height, UNLIMITED).orElseThrow();
    }

    /**
     * @param cache the cache
     * @param height the height
     * @param maxProbes how many heights to look at before giving up (as uint64; {@link #UNLIMITED} for no limit)
     * @param <V> the entry type
     * @return the entry with the greatest height not above {@code height} (empty inside if there is none), or empty
     *     outside if the answer is further below than {@code maxProbes} heights
     */
    public static <V> Optional<Optional<V>> atOrBelow(CacheView<Height, V> cache, Height height, long maxProbes) {
        if (cache.size() == 0) {
            return Optional.of(Optional.empty());
        }
        long probe = height.value();
        for (long probes = 0; Long.compareUnsigned(probes, maxProbes) < 0; probes++, probe--) {
            Optional<V> entry = cache.find(new Height(probe));
            if (entry.isPresent() || probe == 0) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }
}
