package io.sirius.plugin.lockshared.state;

import io.sirius.api.model.Hash256;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * An index row: lock keys (aggregate hashes, composite hashes) in ascending unsigned byte order, each once.
 *
 * @param keys the lock keys
 */
public record LockKeySet(List<Hash256> keys) implements LockRecord {
    /** Orders hashes as the store orders keys: by their bytes, unsigned. */
    public static final Comparator<Hash256> ORDER = (a, b) -> Arrays.compareUnsigned(a.bytes(), b.bytes());
    /** The empty set. */
    public static final LockKeySet EMPTY = new LockKeySet(List.of());

    /** Checks the order and copies the list. */
    public LockKeySet {
        keys = List.copyOf(keys);
        for (int i = 1; i < keys.size(); i++) {
            if (ORDER.compare(keys.get(i - 1), keys.get(i)) >= 0) {
                throw new IllegalArgumentException("lock keys must ascend without repeats");
            }
        }
    }

    /**
     * @param key a lock key
     * @return whether the set holds it
     */
    public boolean contains(Hash256 key) {
        return Collections.binarySearch(keys, key, ORDER) >= 0;
    }

    /**
     * @param key a lock key
     * @return the set with it (this set if it is there already)
     */
    public LockKeySet with(Hash256 key) {
        int at = Collections.binarySearch(keys, key, ORDER);
        if (at >= 0) {
            return this;
        }
        List<Hash256> changed = new ArrayList<>(keys);
        changed.add(-at - 1, key);
        return new LockKeySet(changed);
    }

    /**
     * @param key a lock key
     * @return the set without it (this set if it is not there)
     */
    public LockKeySet without(Hash256 key) {
        int at = Collections.binarySearch(keys, key, ORDER);
        if (at < 0) {
            return this;
        }
        List<Hash256> changed = new ArrayList<>(keys);
        changed.remove(at);
        return new LockKeySet(changed);
    }

    /** @return whether the set is empty */
    public boolean isEmpty() {
        return keys.isEmpty();
    }
}
