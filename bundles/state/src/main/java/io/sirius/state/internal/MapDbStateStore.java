package io.sirius.state.internal;

import io.sirius.api.StorageException;
import io.sirius.api.state.EntrySerializer;
import io.sirius.api.state.IndexView.EntryVisitor;
import io.sirius.state.StateChanges;
import io.sirius.state.StateStore;
import io.sirius.state.internal.durable.JournaledVolume;
import io.sirius.state.internal.tree.MerkleRules;
import io.sirius.state.internal.tree.PatriciaTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.mapdb.BTreeMap;
import org.mapdb.DBException;
import org.mapdb.HTreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MapDB state store.
 *
 * <h2>Files</h2>
 * In its directory: {@code state.db} (the MapDB file, see {@link Tables}), {@code state.journal} (its redo
 * journal, see {@link JournaledVolume}) and {@code lock} (held while open).
 *
 * <h2>Commit</h2>
 * <ol>
 *   <li>The delta's trees are brought up to date and hashed (the new roots).</li>
 *   <li>Under the apply lock, every change is written to MapDB (cache records, index values, metadata, and in
 *       {@code sys} the height and the roots), collecting the values they overwrite; those become the
 *       {@link Undo} of the current snapshot, and the new snapshot is linked after it.</li>
 *   <li>MapDB commits: one journal record, fsync'd. This is the moment the commit is durable, all of it or
 *       nothing (a crash before it reopens at the previous height, a crash after it at the new one).</li>
 *   <li>The new snapshot becomes current: {@link #view()} and {@link #begin()} see it.</li>
 * </ol>
 *
 * <h2>Reads</h2>
 * A reader of a snapshot finds a cache entry's leaf in the snapshot's tree (no leaf: no entry, without touching
 * MapDB), then takes the first of the decoded-entry cache, MapDB, or the undo chain whose record has that leaf's
 * hash. Values in MapDB may already be those of a commit in progress; the hash tells them apart, and the undo
 * data of that commit is in place before its apply lock is released. Index reads hold the apply lock's read side
 * while they read MapDB and the undo chain, in chunks for scans, so they too see exactly their snapshot.
 *
 * <h2>Failures</h2>
 * If a commit fails after writing to MapDB, the store keeps serving its last committed snapshot to readers but
 * refuses further commits: MapDB's in-memory state is ahead of the disk, and only reopening the store (which
 * recovers from the journal) makes it consistent again.
 */
final class MapDbStateStore implements StateStore {
    private static final Logger LOG = LoggerFactory.getLogger(MapDbStateStore.class);
    private static final int FORMAT = 1;
    private static final int SCAN_CHUNK = 256;

    private final Path directory;
    private final DirectoryLock lock;
    private final Tables tables;
    private final StoreOptions options;
    private final Hashing hashing;
    private final ReentrantReadWriteLock applyLock = new ReentrantReadWriteLock();
    private final ConcurrentMap<String, EntryCache> entryCaches = new ConcurrentHashMap<>();
    private volatile Snapshot current;
    private volatile boolean closed;
    private volatile RuntimeException failure;

    private MapDbStateStore(Path directory, DirectoryLock lock, Tables tables, StoreOptions options,
            Hashing hashing, Snapshot current) {
        this.directory = directory;
        this.lock = lock;
        this.tables = tables;
        this.options = options;
        this.hashing = hashing;
        this.current = current;
    }

    /**
     * Opens or creates a store, recovering from a crash if needed.
     *
     * @param directory the store's directory
     * @param options the engine's options
     * @param hashing the engine's hashing threads
     * @return the store at its last committed height
     * @throws IOException if the directory cannot be used
     */
    static MapDbStateStore open(Path directory, StoreOptions options, Hashing hashing) throws IOException {
        long started = System.nanoTime();
        DirectoryLock lock = DirectoryLock.acquire(directory, "state store");
        Tables tables = null;
        try {
            JournaledVolume volume = JournaledVolume.open(directory.resolve("state.db"),
                    directory.resolve("state.journal"), options.checkpointBytes());
            try {
                tables = new Tables(volume);
            } catch (DBException e) {
                volume.close();
                throw new StorageException("MapDB cannot open the state file " + directory.resolve("state.db") + ": "
                        + e.getMessage(), e);
            }
            Snapshot snapshot = load(directory, tables);
            MapDbStateStore store = new MapDbStateStore(directory, lock, tables, options, hashing, snapshot);
            long entries = snapshot.trees.values().stream().mapToLong(PatriciaTree::size).sum();
            LOG.info("Opened state store {} at height {}: {} caches, {} entries, {} ms", directory, snapshot.height,
                    snapshot.trees.size(), entries, (System.nanoTime() - started) / 1_000_000);
            return store;
        } catch (IOException | RuntimeException e) {
            if (tables != null) {
                tables.close();
            }
            lock.release();
            throw e;
        }
    }

    private static Snapshot load(Path directory, Tables tables) {
        byte[] format = tables.sys.get("format");
        if (format == null) {
            tables.sys.put("format", new byte[] {FORMAT});
            tables.sys.put("height", longBytes(0));
            tables.commit();
        } else if (format.length != 1 || format[0] != FORMAT) {
            throw new StorageException("the state store " + directory + " has format " + Arrays.toString(format)
                    + "; this engine reads format " + FORMAT);
        }
        long height = readLong(tables.sys.get("height"));
        Map<String, byte[]> meta = new HashMap<>(tables.meta);
        Map<String, PatriciaTree> trees = new HashMap<>();
        for (String name : tables.cacheNames()) {
            PatriciaTree tree = rebuild(name, tables.cache(name, false));
            byte[] recorded = tables.sys.get("root." + name);
            byte[] computed = tree.rootHash();
            if (recorded != null && !Arrays.equals(recorded, computed)) {
                throw new StorageException("cache " + name + " of the state store " + directory + " is corrupt: its"
                        + " entries hash to root " + hex(computed) + " but root " + hex(recorded)
                        + " was committed at height " + height);
            }
            if (tree.size() > 0) {
                trees.put(name, tree);
            }
        }
        return new Snapshot(height, Collections.unmodifiableMap(trees), Collections.unmodifiableMap(meta));
    }

    private static PatriciaTree rebuild(String name, HTreeMap<byte[], byte[]> table) {
        List<byte[]> leaves = new ArrayList<>();
        Iterator<Map.Entry<byte[], byte[]>> entries = table.getEntries().iterator();
        while (entries.hasNext()) {
            Map.Entry<byte[], byte[]> entry = entries.next();
            leaves.add(EntryRecord.leaf(MerkleRules.keyHash(entry.getKey()), entry.getValue(), name));
        }
        return PatriciaTree.build(leaves.toArray(new byte[0][]), "cache " + name);
    }

    @Override
    public long height() {
        return current.height;
    }

    @Override
    public StateReader view() {
        checkOpen();
        return new SnapshotReader(this, current);
    }

    @Override
    public StateChanges begin() {
        checkOpen();
        return new StoreDelta(this, current);
    }

    @Override
    public synchronized void commit(StateChanges changes, long newHeight) {
        checkOpen();
        if (failure != null) {
            throw new StorageException("the state store " + directory + " failed an earlier commit ("
                    + failure.getMessage() + "); reopen it to recover its last committed height", failure);
        }
        Objects.requireNonNull(changes, "changes");
        if (!(changes instanceof StoreDelta delta) || delta.store != this) {
            throw new IllegalArgumentException("the delta was not begun on this store");
        }
        if (delta.parent != null) {
            throw new IllegalArgumentException("a child delta cannot be committed; merge it into its parent");
        }
        if (newHeight < 0) {
            throw new IllegalArgumentException("height " + newHeight + " is negative");
        }
        delta.checkUsable();
        Snapshot base = current;
        if (delta.base != base) {
            throw new IllegalStateException("the delta was begun at height " + delta.base.height
                    + " but the store has committed since (now at height " + base.height + ")");
        }
        long started = System.nanoTime();
        Map<String, PatriciaTree> trees = new HashMap<>(base.trees);
        Map<String, byte[]> roots = new HashMap<>();
        for (DeltaCache<?, ?> cache : delta.caches.values()) {
            PatriciaTree tree = cache.tree();
            if (tree.size() == 0) {
                trees.remove(cache.name);
            } else {
                trees.put(cache.name, tree);
            }
            roots.put(cache.name, cache.rootHash());
        }
        Map<String, byte[]> meta = new HashMap<>(base.meta);
        meta.putAll(delta.meta);
        Snapshot next = new Snapshot(newHeight, Collections.unmodifiableMap(trees), Collections.unmodifiableMap(meta));
        long hashed = System.nanoTime();
        Undo undo = new Undo();
        applyLock.writeLock().lock();
        try {
            apply(delta, roots, newHeight, undo);
            base.undo = undo;
            base.next = next;
        } catch (RuntimeException e) {
            failure = e;
            throw new StorageException("cannot write height " + newHeight + " to the state store " + directory + ": "
                    + e.getMessage(), e);
        } finally {
            applyLock.writeLock().unlock();
        }
        long applied = System.nanoTime();
        try {
            tables.commit();
        } catch (RuntimeException e) {
            failure = e;
            throw new StorageException("cannot make height " + newHeight + " durable in the state store " + directory
                    + " (it stays at height " + base.height + " on disk): " + e.getMessage(), e);
        }
        current = next;
        delta.markCommitted();
        cacheDecoded(delta);
        LOG.debug("Committed height {}: {} changes, trees {} ms, apply {} ms, durable {} ms", newHeight,
                delta.changeCount(), (hashed - started) / 1_000_000, (applied - hashed) / 1_000_000,
                (System.nanoTime() - applied) / 1_000_000);
    }

    private void apply(StoreDelta delta, Map<String, byte[]> roots, long newHeight, Undo undo) {
        for (DeltaCache<?, ?> cache : delta.caches.values()) {
            if (cache.changes.isEmpty()) {
                continue;
            }
            HTreeMap<byte[], byte[]> table = tables.cache(cache.name, true);
            Map<ByteKey, byte[]> old = new HashMap<>(cache.changes.size() * 2);
            for (Map.Entry<ByteKey, DeltaCache.Pending> change : cache.changes.entrySet()) {
                byte[] key = change.getKey().bytes;
                byte[] record = change.getValue().record();
                byte[] previous = record == null ? table.remove(key) : table.put(key, record);
                old.put(change.getKey(), previous == null ? Undo.ABSENT : previous);
            }
            undo.caches.put(cache.name, old);
        }
        for (DeltaIndex index : delta.indexes.values()) {
            if (index.changes.isEmpty()) {
                continue;
            }
            BTreeMap<byte[], byte[]> table = tables.index(index.name, true);
            NavigableMap<byte[], byte[]> old = new TreeMap<>(Prefixes.UNSIGNED);
            for (Map.Entry<byte[], byte[]> change : index.changes.entrySet()) {
                byte[] value = change.getValue();
                byte[] previous = value == DeltaIndex.REMOVED
                        ? table.remove(change.getKey())
                        : table.put(change.getKey(), value);
                old.put(change.getKey(), previous == null ? Undo.ABSENT : previous);
            }
            undo.indexes.put(index.name, old);
        }
        tables.meta.putAll(delta.meta);
        for (Map.Entry<String, byte[]> root : roots.entrySet()) {
            tables.sys.put("root." + root.getKey(), root.getValue());
        }
        tables.sys.put("height", longBytes(newHeight));
    }

    private void cacheDecoded(StoreDelta delta) {
        if (options.entryCacheCapacity() == 0) {
            return;
        }
        for (DeltaCache<?, ?> cache : delta.caches.values()) {
            EntryCache entries = entryCache(cache.name);
            EntrySerializer<?> serializer = cache.descriptor.entries();
            for (Map.Entry<ByteKey, DeltaCache.Pending> change : cache.changes.entrySet()) {
                DeltaCache.Pending pending = change.getValue();
                if (pending.entry == null) {
                    entries.remove(change.getKey());
                } else {
                    entries.put(change.getKey(), EntryRecord.leafHash(pending.record(), cache.name), pending.entry,
                            serializer);
                }
            }
        }
    }

    // ---- reads of committed state, shared by views and deltas ----

    /**
     * Reads a cache entry as of a snapshot.
     *
     * @param snapshot the snapshot
     * @param cache the cache's name
     * @param serializer its serializer
     * @param key the key's bytes
     * @param <V> the entry type
     * @return the entry, or null
     */
    <V> V readEntry(Snapshot snapshot, String cache, EntrySerializer<V> serializer, ByteKey key) {
        byte[] leaf = snapshot.tree(cache).find(MerkleRules.keyHash(key.bytes));
        if (leaf == null) {
            return null;
        }
        EntryCache entries = options.entryCacheCapacity() == 0 ? null : entryCache(cache);
        if (entries != null) {
            Object cached = entries.get(key, leaf, serializer);
            if (cached != null) {
                @SuppressWarnings("unchecked")
                V value = (V) cached;
                return value;
            }
        }
        HTreeMap<byte[], byte[]> table = tables.cache(cache, false);
        byte[] record = table == null ? null : table.get(key.bytes);
        if (record != null && EntryRecord.matches(record, leaf)) {
            V value = EntryRecord.decode(record, serializer, cache);
            if (entries != null) {
                entries.put(key, Arrays.copyOfRange(leaf, 32, 64), value, serializer);
            }
            return value;
        }
        record = olderRecord(snapshot, cache, key, leaf);
        if (record == null) {
            applyLock.readLock().lock();
            try {
                record = olderRecord(snapshot, cache, key, leaf);
                if (record == null && table != null) {
                    byte[] now = table.get(key.bytes);
                    record = now != null && EntryRecord.matches(now, leaf) ? now : null;
                }
            } finally {
                applyLock.readLock().unlock();
            }
        }
        if (record == null) {
            throw new StorageException("cache " + cache + " of the state store " + directory + " has no record for a"
                    + " key its Merkle tree holds at height " + snapshot.height + "; the store is inconsistent");
        }
        return EntryRecord.decode(record, serializer, cache);
    }

    private static byte[] olderRecord(Snapshot snapshot, String cache, ByteKey key, byte[] leaf) {
        for (Snapshot s = snapshot; s != null; s = s.next) {
            Undo undo = s.undo;
            if (undo == null) {
                return null;
            }
            Map<ByteKey, byte[]> old = undo.caches.get(cache);
            byte[] record = old == null ? null : old.get(key);
            if (record != null) {
                return record != Undo.ABSENT && EntryRecord.matches(record, leaf) ? record : null;
            }
        }
        return null;
    }

    /**
     * Reads an index value as of a snapshot.
     *
     * @param snapshot the snapshot
     * @param index the index's name
     * @param key the key
     * @return the value, or null
     */
    byte[] readIndex(Snapshot snapshot, String index, byte[] key) {
        BTreeMap<byte[], byte[]> table = tables.index(index, false);
        if (table == null) {
            return null;
        }
        applyLock.readLock().lock();
        try {
            byte[] value = table.get(key);
            for (Snapshot s = snapshot; s != null; s = s.next) {
                Undo undo = s.undo;
                if (undo == null) {
                    break;
                }
                NavigableMap<byte[], byte[]> old = undo.indexes.get(index);
                byte[] previous = old == null ? null : old.get(key);
                if (previous != null) {
                    return previous == Undo.ABSENT ? null : previous;
                }
            }
            return value;
        } finally {
            applyLock.readLock().unlock();
        }
    }

    /**
     * Scans an index as of a snapshot, in chunks read under the apply lock.
     *
     * @param snapshot the snapshot
     * @param index the index's name
     * @param prefix the keys' common prefix
     * @param visitor receives the entries in key order until it returns false
     */
    void scanIndex(Snapshot snapshot, String index, byte[] prefix, EntryVisitor visitor) {
        BTreeMap<byte[], byte[]> table = tables.index(index, false);
        if (table == null) {
            return;
        }
        byte[] upper = Prefixes.upperBound(prefix);
        byte[] from = prefix;
        boolean inclusive = true;
        while (true) {
            List<Map.Entry<byte[], byte[]>> chunk = new ArrayList<>(SCAN_CHUNK);
            NavigableMap<byte[], byte[]> patches = new TreeMap<>(Prefixes.UNSIGNED);
            boolean last;
            applyLock.readLock().lock();
            try {
                NavigableMap<byte[], byte[]> range = upper == null
                        ? table.tailMap(from, inclusive)
                        : table.subMap(from, inclusive, upper, false);
                Iterator<Map.Entry<byte[], byte[]>> it = range.entrySet().iterator();
                while (chunk.size() < SCAN_CHUNK && it.hasNext()) {
                    Map.Entry<byte[], byte[]> entry = it.next();
                    chunk.add(Map.entry(entry.getKey(), entry.getValue()));
                }
                last = !it.hasNext();
                for (Snapshot s = snapshot; s != null && s.undo != null; s = s.next) {
                    NavigableMap<byte[], byte[]> old = s.undo.indexes.get(index);
                    if (old == null) {
                        continue;
                    }
                    NavigableMap<byte[], byte[]> slice = last
                            ? (upper == null ? old.tailMap(from, inclusive) : old.subMap(from, inclusive, upper, false))
                            : old.subMap(from, inclusive, chunk.get(chunk.size() - 1).getKey(), true);
                    for (Map.Entry<byte[], byte[]> entry : slice.entrySet()) {
                        patches.putIfAbsent(entry.getKey(), entry.getValue());
                    }
                }
            } finally {
                applyLock.readLock().unlock();
            }
            if (!emitMerged(chunk, patches, visitor) || last) {
                return;
            }
            from = chunk.get(chunk.size() - 1).getKey();
            inclusive = false;
        }
    }

    private static boolean emitMerged(List<Map.Entry<byte[], byte[]>> chunk, NavigableMap<byte[], byte[]> patches,
            EntryVisitor visitor) {
        Iterator<Map.Entry<byte[], byte[]>> a = chunk.iterator();
        Iterator<Map.Entry<byte[], byte[]>> b = patches.entrySet().iterator();
        Map.Entry<byte[], byte[]> x = a.hasNext() ? a.next() : null;
        Map.Entry<byte[], byte[]> y = b.hasNext() ? b.next() : null;
        while (x != null || y != null) {
            int order = x == null ? 1 : y == null ? -1 : Prefixes.UNSIGNED.compare(x.getKey(), y.getKey());
            Map.Entry<byte[], byte[]> emit;
            if (order < 0) {
                emit = x;
                x = a.hasNext() ? a.next() : null;
            } else {
                emit = y.getValue() == Undo.ABSENT ? null : y;
                if (order == 0) {
                    x = a.hasNext() ? a.next() : null;
                }
                y = b.hasNext() ? b.next() : null;
            }
            if (emit != null && !visitor.visit(emit.getKey().clone(), emit.getValue().clone())) {
                return false;
            }
        }
        return true;
    }

    /** @return the engine's hashing threads */
    Hashing hashing() {
        return hashing;
    }

    private EntryCache entryCache(String cache) {
        EntryCache entries = entryCaches.get(cache);
        return entries != null ? entries
                : entryCaches.computeIfAbsent(cache, n -> new EntryCache(options.entryCacheCapacity()));
    }

    /** @throws IllegalStateException if the store is closed */
    void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the state store " + directory + " is closed");
        }
    }

    /** @return the journal size, for tests and benchmarks */
    long journalSize() {
        return tables.volume().journalSize();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            tables.close();
        } finally {
            lock.release();
            LOG.info("Closed state store {} at height {}", directory, current.height);
        }
    }

    static byte[] longBytes(long value) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (value >>> (8 * i));
        }
        return b;
    }

    static long readLong(byte[] b) {
        if (b == null || b.length != 8) {
            throw new StorageException("the state store's height record is missing or malformed");
        }
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = value << 8 | (b[i] & 0xFF);
        }
        return value;
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >>> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString().toUpperCase(java.util.Locale.ROOT);
    }

    /** @return whether the store is closed */
    boolean isClosed() {
        return closed;
    }

    /** @return the optional meta value of a snapshot */
    static Optional<byte[]> meta(Snapshot snapshot, String key) {
        byte[] value = snapshot.meta.get(key);
        return value == null ? Optional.empty() : Optional.of(value.clone());
    }
}
