package io.sirius.state.internal.durable;

import java.util.Arrays;

/**
 * An open-addressing map from a non-negative long to an object: the dirty blocks of a {@link JournaledVolume}.
 * No removal (the whole map is dropped once its writes are durable). Not thread safe.
 */
final class BlockMap {
    private static final long EMPTY = -1;
    private long[] keys;
    private Object[] values;
    private int size;

    BlockMap() {
        keys = new long[64];
        Arrays.fill(keys, EMPTY);
        values = new Object[64];
    }

    int size() {
        return size;
    }

    Object get(long key) {
        long[] k = keys;
        int mask = k.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long at = k[i];
            if (at == key) {
                return values[i];
            }
            if (at == EMPTY) {
                return null;
            }
        }
    }

    void put(long key, Object value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            if (keys[i] == EMPTY) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new Object[oldValues.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
