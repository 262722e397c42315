package io.sirius.state.internal;

import io.sirius.api.model.Hash256;
import io.sirius.api.state.CacheDelta;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.state.StateChanges;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A delta over a committed snapshot ({@link #parent} null) or over a parent delta (a savepoint). Reads fall
 * through this delta's changes to the parent's, then to the snapshot.
 *
 * <p>Threads: one writer at a time; reads may run on several threads at once while nobody writes (stateful
 * validation). Bringing a cache's tree up to date is synchronized, so concurrent {@code root} calls are safe.
 */
final class StoreDelta implements StateChanges {
    private enum State { OPEN, MERGED, COMMITTED }

    final MapDbStateStore store;
    final Snapshot base;
    final StoreDelta parent;
    final Map<String, DeltaCache<?, ?>> caches = new LinkedHashMap<>();
    final Map<String, DeltaIndex> indexes = new LinkedHashMap<>();
    final Map<String, byte[]> meta = new HashMap<>();
    private final long parentModifications;
    private long modifications;
    private State state = State.OPEN;

    /** A delta over a snapshot. */
    StoreDelta(MapDbStateStore store, Snapshot base) {
        this(store, base, null);
    }

    private StoreDelta(MapDbStateStore store, Snapshot base, StoreDelta parent) {
        this.store = store;
        this.base = base;
        this.parent = parent;
        this.parentModifications = parent == null ? 0 : parent.modifications;
    }

    @Override
    public long height() {
        return base.height;
    }

    @Override
    public <K, V> CacheDelta<K, V> cache(CacheDescriptor<K, V> cache) {
        checkUsable();
        return cacheDelta(cache);
    }

    <K, V> DeltaCache<K, V> cacheDelta(CacheDescriptor<K, V> cache) {
        Objects.requireNonNull(cache, "cache");
        DeltaCache<?, ?> existing = caches.get(cache.name());
        if (existing == null) {
            DeltaCache<K, V> created = new DeltaCache<>(this, cache,
                    parent == null ? null : parent.cacheDelta(cache));
            caches.put(cache.name(), created);
            return created;
        }
        if (!existing.descriptor.equals(cache)) {
            throw new IllegalArgumentException("cache " + cache.name()
                    + " is already in use in this delta with another descriptor (cache id, key codec or serializer)");
        }
        @SuppressWarnings("unchecked")
        DeltaCache<K, V> typed = (DeltaCache<K, V>) existing;
        return typed;
    }

    @Override
    public Hash256 root(String cacheName) {
        checkUsable();
        return Hash256.of(rootBytes(cacheName));
    }

    private byte[] rootBytes(String cacheName) {
        DeltaCache<?, ?> cache = caches.get(cacheName);
        if (cache != null) {
            return cache.rootHash();
        }
        return parent != null ? parent.rootBytes(cacheName) : base.tree(cacheName).rootHash();
    }

    @Override
    public IndexWriter index(String name) {
        checkUsable();
        return indexDelta(Prefixes.checkIndexName(name));
    }

    DeltaIndex indexDelta(String name) {
        return indexes.computeIfAbsent(name, n -> new DeltaIndex(this, n, parent == null ? null : parent.indexDelta(n)));
    }

    @Override
    public Optional<byte[]> meta(String key) {
        checkUsable();
        return Optional.ofNullable(metaValue(key)).map(byte[]::clone);
    }

    private byte[] metaValue(String key) {
        byte[] value = meta.get(key);
        if (value != null) {
            return value;
        }
        return parent != null ? parent.metaValue(key) : base.meta.get(key);
    }

    @Override
    public void putMeta(String key, byte[] value) {
        checkUsable();
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        meta.put(key, value.clone());
        modified();
    }

    @Override
    public StateChanges child() {
        checkUsable();
        return new StoreDelta(store, base, this);
    }

    @Override
    public void merge(StateChanges child) {
        checkUsable();
        if (!(child instanceof StoreDelta delta) || delta.parent != this) {
            throw new IllegalArgumentException("only a child of this delta can be merged into it");
        }
        delta.checkUsable();
        if (delta.parentModifications != modifications) {
            throw new IllegalStateException("this delta changed after the child began; the child cannot be merged");
        }
        for (DeltaCache<?, ?> cache : delta.caches.values()) {
            mergeCache(cache);
        }
        for (DeltaIndex index : delta.indexes.values()) {
            indexDelta(index.name).mergeFrom(index);
        }
        meta.putAll(delta.meta);
        delta.state = State.MERGED;
        modified();
    }

    private <K, V> void mergeCache(DeltaCache<K, V> childCache) {
        cacheDelta(childCache.descriptor).mergeFrom(childCache);
    }

    @Override
    public long changeCount() {
        long count = meta.size();
        for (DeltaCache<?, ?> cache : caches.values()) {
            count += cache.changes.size();
        }
        for (DeltaIndex index : indexes.values()) {
            count += index.changes.size();
        }
        return count;
    }

    /** Counts a change, so that a child begun before it can no longer be merged. */
    void modified() {
        modifications++;
    }

    /** @throws IllegalStateException if the delta was merged or committed, or its store closed */
    void checkUsable() {
        store.checkOpen();
        if (state != State.OPEN) {
            throw new IllegalStateException("this delta was " + (state == State.MERGED ? "merged" : "committed")
                    + " and can no longer be used");
        }
    }

    void markCommitted() {
        state = State.COMMITTED;
    }
}
