package io.sirius.plugin.testkit;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.Hex;
import io.sirius.api.state.CacheDelta;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.api.state.CacheView;
import io.sirius.api.state.IndexDelta;
import io.sirius.api.state.IndexDescriptor;
import io.sirius.api.state.IndexView;
import io.sirius.api.state.StateDelta;
import io.sirius.api.state.StateView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * State for unit tests: every cache is a sorted map from key bytes to entry bytes, exactly what the kernel's store
 * keeps. Every key goes through its descriptor's {@link io.sirius.api.state.KeyCodec} and every entry through its
 * {@link io.sirius.api.state.EntrySerializer} on the way in and again on the way out, so a serializer or key codec
 * that loses a field, leaves trailing bytes or is not deterministic fails the test that uses it rather than a node.
 *
 * <p>On {@code put} the state checks that the key decodes back to an equal key and that the entry reads back to an
 * equal entry and writes again to the same bytes (entries are immutable records with value equality, as
 * STYLE.md asks); a failure throws {@link IllegalStateException} naming the cache. Entries are read back with
 * the version they were written with and must use every byte.
 *
 * <p>Like the kernel, the state refuses a cache nobody declared ({@link IllegalArgumentException}): declare the
 * caches a test reads, including ones other plugins or the kernel own, with {@link #of} or {@link #declare}.
 * Keys are ordered as the store orders them: by their bytes, unsigned, lexicographically.
 *
 * <p>This object is the writable delta an observer gets; {@link #view()} is the read-only view a stateful
 * validator or REST route gets. Not thread safe.
 */
public final class InMemoryState implements StateDelta {
    private final Map<String, Table<?, ?>> tables = new LinkedHashMap<>();
    private final Map<String, TreeMap<byte[], byte[]>> indexes = new TreeMap<>();

    /**
     * @param caches the caches the state holds, empty at first
     * @return the state
     */
    public static InMemoryState of(CacheDescriptor<?, ?>... caches) {
        InMemoryState state = new InMemoryState();
        for (CacheDescriptor<?, ?> cache : caches) {
            state.declare(cache);
        }
        return state;
    }

    /**
     * Declares a cache, empty. Declaring the same descriptor again does nothing.
     *
     * @param cache the cache
     * @return this state
     * @throws IllegalArgumentException if another descriptor with the same name or cache id is declared
     */
    public InMemoryState declare(CacheDescriptor<?, ?> cache) {
        Objects.requireNonNull(cache, "cache");
        Table<?, ?> known = tables.get(cache.name());
        if (known != null) {
            if (!known.descriptor.equals(cache)) {
                throw new IllegalArgumentException("two different descriptors are named '" + cache.name() + "'");
            }
            return this;
        }
        for (Table<?, ?> table : tables.values()) {
            if (table.descriptor.cacheId() == cache.cacheId()) {
                throw new IllegalArgumentException("caches '" + table.descriptor.name() + "' and '" + cache.name()
                        + "' share cache id " + cache.cacheId());
            }
        }
        tables.put(cache.name(), new Table<>(cache));
        return this;
    }

    @Override
    public <K, V> CacheDelta<K, V> cache(CacheDescriptor<K, V> cache) {
        return table(cache);
    }

    /**
     * An index, as the kernel keeps it: a sorted map of bytes (unsigned order), empty until written. Unlike caches,
     * indexes need no declaration here (the kernel checks declarations when the plugin registers).
     */
    @Override
    public IndexDelta index(IndexDescriptor index) {
        Objects.requireNonNull(index, "index");
        TreeMap<byte[], byte[]> rows = indexes.computeIfAbsent(index.name(), n -> new TreeMap<>(Arrays::compareUnsigned));
        return new IndexDelta() {
            @Override
            public Optional<byte[]> get(byte[] key) {
                return Optional.ofNullable(rows.get(key)).map(byte[]::clone);
            }

            @Override
            public void scan(byte[] prefix, EntryVisitor visitor) {
                for (Map.Entry<byte[], byte[]> row : List.copyOf(rows.tailMap(prefix, true).entrySet())) {
                    byte[] key = row.getKey();
                    if (key.length < prefix.length || !Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length)
                            || !visitor.visit(key.clone(), row.getValue().clone())) {
                        return;
                    }
                }
            }

            @Override
            public void put(byte[] key, byte[] value) {
                rows.put(key.clone(), value.clone());
            }

            @Override
            public void remove(byte[] key) {
                rows.remove(key);
            }
        };
    }

    /** @return a read-only view of this state: its caches cannot be cast to {@link CacheDelta} */
    public StateView view() {
        return new ReadOnlyView(this);
    }

    /**
     * @param cache a declared cache
     * @param <K> its key type
     * @param <V> its entry type
     * @return its entries, decoded, in key order
     */
    public <K, V> List<V> entries(CacheDescriptor<K, V> cache) {
        Table<K, V> table = table(cache);
        List<V> entries = new ArrayList<>();
        table.rows.forEach((key, stored) -> entries.add(table.decode(stored)));
        return entries;
    }

    /**
     * @param cache a declared cache
     * @param <K> its key type
     * @param <V> its entry type
     * @return its keys, decoded, in key order
     */
    public <K, V> List<K> keys(CacheDescriptor<K, V> cache) {
        Table<K, V> table = table(cache);
        List<K> keys = new ArrayList<>();
        table.rows.keySet().forEach(bytes -> keys.add(table.descriptor.keys().decode(bytes.clone())));
        return keys;
    }

    /**
     * The stored form of every cache, for comparing a state before and after (a COMMIT followed by a ROLLBACK
     * must give back the state it started from).
     *
     * @return cache name to (hex key to {@code v<version>:<hex entry>}), then {@code index:<name>} to (hex key to hex
     *     value) for each index that holds entries; unmodifiable, in key order
     */
    public Map<String, Map<String, String>> snapshot() {
        Map<String, Map<String, String>> snapshot = new LinkedHashMap<>();
        tables.forEach((name, table) -> {
            Map<String, String> rows = new LinkedHashMap<>();
            table.rows.forEach((key, stored) -> rows.put(Hex.encode(key), "v" + stored.version + ":" + Hex.encode(stored.bytes)));
            snapshot.put(name, Collections.unmodifiableMap(rows));
        });
        indexes.forEach((name, rows) -> {
            if (!rows.isEmpty()) {
                Map<String, String> copy = new LinkedHashMap<>();
                rows.forEach((key, value) -> copy.put(Hex.encode(key), Hex.encode(value)));
                snapshot.put("index:" + name, Collections.unmodifiableMap(copy));
            }
        });
        return Collections.unmodifiableMap(snapshot);
    }

    @SuppressWarnings("unchecked")
    private <K, V> Table<K, V> table(CacheDescriptor<K, V> cache) {
        Objects.requireNonNull(cache, "cache");
        Table<?, ?> table = tables.get(cache.name());
        if (table == null) {
            throw new IllegalArgumentException("cache '" + cache.name() + "' is not declared; declared: " + tables.keySet());
        }
        if (!table.descriptor.equals(cache)) {
            throw new IllegalArgumentException("cache '" + cache.name() + "' is declared with another descriptor");
        }
        return (Table<K, V>) table;
    }

    /** An entry as the store keeps it. */
    private record Stored(int version, byte[] bytes) {
    }

    /** One cache: key bytes to stored entries. */
    private static final class Table<K, V> implements CacheDelta<K, V> {
        private final CacheDescriptor<K, V> descriptor;
        private final TreeMap<byte[], Stored> rows = new TreeMap<>(Arrays::compareUnsigned);

        Table(CacheDescriptor<K, V> descriptor) {
            this.descriptor = descriptor;
        }

        @Override
        public Optional<V> find(K key) {
            Stored stored = rows.get(encode(key));
            return stored == null ? Optional.empty() : Optional.of(decode(stored));
        }

        @Override
        public long size() {
            return rows.size();
        }

        @Override
        public void put(K key, V entry) {
            Objects.requireNonNull(entry, "entry");
            byte[] keyBytes = encode(key);
            K decodedKey = descriptor.keys().decode(keyBytes.clone());
            if (!key.equals(decodedKey)) {
                throw new IllegalStateException("cache '" + descriptor.name() + "': key " + key + " encodes to "
                        + Hex.encode(keyBytes) + ", which decodes to " + decodedKey);
            }
            Stored stored = new Stored(descriptor.entries().version(), write(entry));
            V readBack = decode(stored);
            if (!entry.equals(readBack)) {
                throw new IllegalStateException("cache '" + descriptor.name() + "': entry " + entry + " reads back as "
                        + readBack);
            }
            if (!Arrays.equals(stored.bytes, write(readBack))) {
                throw new IllegalStateException("cache '" + descriptor.name() + "': entry " + entry
                        + " does not write the same bytes twice");
            }
            rows.put(keyBytes, stored);
        }

        @Override
        public void remove(K key) {
            rows.remove(encode(key));
        }

        private byte[] encode(K key) {
            Objects.requireNonNull(key, "key");
            byte[] bytes = descriptor.keys().encode(key);
            if (!Arrays.equals(bytes, descriptor.keys().encode(key))) {
                throw new IllegalStateException("cache '" + descriptor.name() + "': key " + key + " encodes differently twice");
            }
            return bytes;
        }

        private byte[] write(V entry) {
            BinaryWriter out = new BinaryWriter();
            descriptor.entries().write(entry, out);
            return out.toByteArray();
        }

        V decode(Stored stored) {
            BinaryReader in = BinaryReader.of(stored.bytes.clone());
            V entry = descriptor.entries().read(in, stored.version);
            in.requireExhausted("cache '" + descriptor.name() + "' entry");
            return entry;
        }
    }

    /** The read-only face of the state. */
    private record ReadOnlyView(InMemoryState state) implements StateView {
        @Override
        public IndexView index(IndexDescriptor index) {
            IndexView delta = state.index(index);
            return new IndexView() {
                @Override
                public Optional<byte[]> get(byte[] key) {
                    return delta.get(key);
                }

                @Override
                public void scan(byte[] prefix, EntryVisitor visitor) {
                    delta.scan(prefix, visitor);
                }
            };
        }

        @Override
        public <K, V> CacheView<K, V> cache(CacheDescriptor<K, V> cache) {
            CacheView<K, V> delta = state.cache(cache);
            return new CacheView<>() {
                @Override
                public Optional<V> find(K key) {
                    return delta.find(key);
                }

                @Override
                public long size() {
                    return delta.size();
                }
            };
        }
    }
}
