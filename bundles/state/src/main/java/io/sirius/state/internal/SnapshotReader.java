package io.sirius.state.internal;

import io.sirius.api.model.Hash256;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.state.CacheView;
import io.sirius.api.state.IndexView.EntryVisitor;
import io.sirius.state.StateStore.IndexReader;
import io.sirius.state.StateStore.StateReader;
import java.util.Objects;
import java.util.Optional;

/**
 * A read-only view of one committed snapshot; it keeps showing that snapshot however many commits follow.
 */
final class SnapshotReader implements StateReader {
    private final MapDbStateStore store;
    private final Snapshot snapshot;

    SnapshotReader(MapDbStateStore store, Snapshot snapshot) {
        this.store = store;
        this.snapshot = snapshot;
    }

    @Override
    public long height() {
        return snapshot.height;
    }

    @Override
    public Hash256 root(String cacheName) {
        return Hash256.of(snapshot.tree(cacheName).rootHash());
    }

    @Override
    public <K, V> CacheView<K, V> cache(CacheDescriptor<K, V> cache) {
        Objects.requireNonNull(cache, "cache");
        return new CacheView<>() {
            @Override
            public Optional<V> find(K key) {
                store.checkOpen();
                byte[] bytes = cache.keys().encode(key);
                return Optional.ofNullable(store.readEntry(snapshot, cache.name(), cache.entries(),
                        new ByteKey(bytes)));
            }

            @Override
            public long size() {
                return snapshot.tree(cache.name()).size();
            }
        };
    }

    @Override
    public IndexReader index(String name) {
        Prefixes.checkIndexName(name);
        return new IndexReader() {
            @Override
            public Optional<byte[]> get(byte[] key) {
                store.checkOpen();
                return Optional.ofNullable(store.readIndex(snapshot, name, key.clone()));
            }

            @Override
            public void scan(byte[] prefix, EntryVisitor visitor) {
                store.checkOpen();
                store.scanIndex(snapshot, name, prefix.clone(), visitor);
            }
        };
    }

    @Override
    public Optional<byte[]> meta(String key) {
        return MapDbStateStore.meta(snapshot, key);
    }
}
