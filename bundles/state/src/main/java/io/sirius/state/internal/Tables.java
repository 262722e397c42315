package io.sirius.state.internal;

import io.sirius.state.internal.durable.JournaledVolume;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.HTreeMap;
import org.mapdb.Serializer;

/**
 * The MapDB layout of a state store, all in one MapDB file so that one MapDB commit (one journal record) covers
 * everything:
 *
 * <pre>
 *   cache.&lt;name&gt;  HTreeMap  key bytes -&gt; {@link EntryRecord}          one per cache ever written
 *   index.&lt;name&gt;  BTreeMap  key bytes -&gt; value bytes (unsigned order)  one per index ever written
 *   meta          BTreeMap  metadata key -&gt; value
 *   sys           BTreeMap  "format" -&gt; [1], "height" -&gt; u64 LE, "root.&lt;cache&gt;" -&gt; 32-byte Merkle root
 * </pre>
 *
 * Caches are hash maps (an update rewrites one small record); indexes are B-trees (prefix scans). Tables are only
 * ever created by a commit; readers never create one.
 */
final class Tables implements AutoCloseable {
    static final String CACHE_PREFIX = "cache.";
    static final String INDEX_PREFIX = "index.";
    /**
     * Keys per B-tree node of an index (MapDB's default is 32). MapDB deserializes a whole node at every level of a
     * lookup and rewrites a whole node for every key it inserts, so smaller nodes cost less per read and per write
     * despite the deeper tree: with 16, a block of 10,000 transfers commits with about 11% less CPU than with 32
     * (BlockCommitBenchmark). MapDB records the size with each index, so indexes created with another size keep it.
     */
    static final int INDEX_NODE_SIZE = 16;

    private final DB db;
    private final JournaledVolume volume;
    private final ConcurrentMap<String, HTreeMap<byte[], byte[]>> caches = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, BTreeMap<byte[], byte[]>> indexes = new ConcurrentHashMap<>();
    final BTreeMap<String, byte[]> meta;
    final BTreeMap<String, byte[]> sys;

    /**
     * Opens MapDB on a volume and every table it holds.
     *
     * @param volume the store file's volume
     */
    Tables(JournaledVolume volume) {
        this.volume = volume;
        this.db = DBMaker.volumeDB(volume, volume.existed()).make();
        this.meta = db.treeMap("meta", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
        this.sys = db.treeMap("sys", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
        for (String name : db.getAllNames()) {
            if (name.startsWith(CACHE_PREFIX)) {
                cache(name.substring(CACHE_PREFIX.length()), true);
            } else if (name.startsWith(INDEX_PREFIX)) {
                index(name.substring(INDEX_PREFIX.length()), true);
            }
        }
    }

    /** @return the names of the caches the store holds */
    List<String> cacheNames() {
        return new ArrayList<>(caches.keySet());
    }

    /**
     * @param name a cache's name
     * @param create whether to create it if absent (commits only)
     * @return its table, or null if absent and not created
     */
    HTreeMap<byte[], byte[]> cache(String name, boolean create) {
        HTreeMap<byte[], byte[]> table = caches.get(name);
        if (table == null && create) {
            table = caches.computeIfAbsent(name, n -> db.hashMap(CACHE_PREFIX + n, Serializer.BYTE_ARRAY,
                    Serializer.BYTE_ARRAY).createOrOpen());
        }
        return table;
    }

    /**
     * @param name an index's name
     * @param create whether to create it if absent (commits only)
     * @return its table, or null if absent and not created
     */
    BTreeMap<byte[], byte[]> index(String name, boolean create) {
        BTreeMap<byte[], byte[]> table = indexes.get(name);
        if (table == null && create) {
            table = indexes.computeIfAbsent(name, n -> db.treeMap(INDEX_PREFIX + n, Serializer.BYTE_ARRAY,
                    Serializer.BYTE_ARRAY).maxNodeSize(INDEX_NODE_SIZE).createOrOpen());
        }
        return table;
    }

    /** Makes every change since the last call durable, atomically. */
    void commit() {
        db.commit();
    }

    /** @return MapDB's catalog of the tables and their settings, for tests */
    java.util.Map<String, String> catalog() {
        return db.nameCatalogLoad();
    }

    /** @return the store file's volume */
    JournaledVolume volume() {
        return volume;
    }

    @Override
    public void close() {
        db.close();
    }
}
