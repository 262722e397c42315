package io.sirius.api.state;

import java.util.Objects;

/**
 * Declares a state cache: its name, its place in the StateHash order, and how keys and entries are stored.
 * Plugins keep the descriptor in a constant and use it to reach the cache from their contexts.
 *
 * @param name a unique name, e.g. {@code mosaic}; also the store's table name
 * @param cacheId the position in Sirius's CacheId order, which fixes the StateHash concatenation order
 * @param keys how keys become bytes
 * @param entries how entries become bytes
 * @param <K> the key type
 * @param <V> the entry type
 */
public record CacheDescriptor<K, V>(String name, int cacheId, KeyCodec<K> keys, EntrySerializer<V> entries) {

    /** Checks the arguments. */
    public CacheDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(entries, "entries");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("cache name '" + name + "' must be lower case letters, digits and _");
        }
        if (cacheId < 0) {
            throw new IllegalArgumentException("cache id " + cacheId + " is negative");
        }
    }
}
