package io.sirius.state.internal.durable;

import java.util.Arrays;

/**
 * An open-addressing map from a non-negative long to an object: the pages of dirty blocks of a {@link JournaledVolume}.
 * No removal (the whole map is dropped once its writes are durable). Not thread safe. Split in 16 tables, so a
 * large commit never allocates one huge array (which the garbage collector handles at a premium).
 */
final class BlockMap {
    private static final long EMPTY = -1;
    private final long[][] keys = new long[16][];
    private final Object[][] values = new Object[16][];
    private final int[] sizes = new int[16];

    BlockMap() {
        for (int t = 0; t < 16; t++) {
            keys[t] = new long[64];
            Arrays.fill(keys[t], EMPTY);
            values[t] = new Object[64];
        }
    }

    int size() {
        return Arrays.stream(sizes).sum();
    }

    /** @return every key, in no particular order */
    long[] keys() {
        long[] out = new long[size()];
        int n = 0;
        for (long[] table : keys) {
            for (long key : table) {
                if (key != EMPTY) {
                    out[n++] = key;
                }
            }
        }
        return out;
    }

    Object get(long key) {
        int t = (int) (key & 15);
        long[] k = keys[t];
        int mask = k.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long at = k[i];
            if (at == key) {
                return values[t][i];
            }
            if (at == EMPTY) {
                return null;
            }
        }
    }

    void put(long key, Object value) {
        int t = (int) (key & 15);
        if (2 * (sizes[t] + 1) > keys[t].length) {
            grow(t);
        }
        long[] k = keys[t];
        int mask = k.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (k[i] == key) {
                values[t][i] = value;
                return;
            }
            if (k[i] == EMPTY) {
                k[i] = key;
                values[t][i] = value;
                sizes[t]++;
                return;
            }
        }
    }

    private void grow(int t) {
        long[] oldKeys = keys[t];
        Object[] oldValues = values[t];
        keys[t] = new long[oldKeys.length * 2];
        Arrays.fill(keys[t], EMPTY);
        values[t] = new Object[oldValues.length * 2];
        sizes[t] = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = (key >>> 4) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
