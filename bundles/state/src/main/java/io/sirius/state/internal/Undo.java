package io.sirius.state.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;

/**
 * What one commit overwrote: per cache and per index, the previous record or value of every key it changed
 * ({@link #ABSENT} where the key had none). Filled by the commit while it holds the store's apply lock, then
 * published with the snapshot it replaced.
 */
final class Undo {
    /** Marks a key that had no value (compared by identity). */
    static final byte[] ABSENT = new byte[0];

    final Map<String, Map<ByteKey, byte[]>> caches = new HashMap<>();
    final Map<String, NavigableMap<byte[], byte[]>> indexes = new HashMap<>();
}
