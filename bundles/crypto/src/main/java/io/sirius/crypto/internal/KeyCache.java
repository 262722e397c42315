package io.sirius.crypto.internal;

import io.sirius.api.model.PublicKey;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded concurrent cache of checked public keys: decoding a key, checking it lies in the prime-order
 * subgroup and building its tables costs about one verification, so it is done once per key. Refused
 * keys are cached too, so a flood of signatures under a bad key costs nothing extra.
 *
 * <p>Bounded by an approximate size: when it is full, an arbitrary tenth of the entries is dropped.
 * Eviction order does not matter for correctness, only for hit rates.
 */
public final class KeyCache {
    private final ConcurrentHashMap<PublicKey, Optional<VerifyingKey>> entries;
    private final int capacity;

    /**
     * @param capacity the most keys kept, at least 1
     */
    public KeyCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the key cache needs a capacity of at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.entries = new ConcurrentHashMap<>(Math.min(capacity, 1 << 16));
    }

    /**
     * @param key a public key
     * @return its checked form, or empty if the key must be refused
     */
    public Optional<VerifyingKey> get(PublicKey key) {
        Optional<VerifyingKey> cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        Optional<VerifyingKey> computed = Optional.ofNullable(VerifyingKey.decode(key.bytes()));
        if (entries.size() >= capacity) {
            evict();
        }
        entries.put(key, computed);
        return computed;
    }

    /** @return how many keys are cached now */
    public int size() {
        return entries.size();
    }

    private void evict() {
        int toDrop = Math.max(1, capacity / 10);
        Iterator<PublicKey> it = entries.keySet().iterator();
        while (toDrop-- > 0 && it.hasNext()) {
            it.next();
            it.remove();
        }
    }
}
