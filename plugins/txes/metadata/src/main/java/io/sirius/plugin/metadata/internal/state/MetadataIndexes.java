package io.sirius.plugin.metadata.internal.state;

import io.sirius.api.model.Address;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.api.state.IndexDescriptor;
import io.sirius.api.state.StateDelta;
import io.sirius.plugin.metadata.state.MetadataEntry;
import io.sirius.plugin.metadata.state.MetadataKey;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * The metadata_v2 plugin's indexes (plugin-api's {@link IndexDescriptor}): four listings of the Metadata_v2 cache,
 * kept beside it and outside the StateHash, for {@code GET /metadata_v2}. Keys are big endian and end with the entry's
 * composite hash (its cache key), so a prefix scan lists the entries of one source, target, target id or scoped key:
 *
 * <pre>
 * metadata_v2_by_source      sourceAddress 25 | compositeHash 32
 * metadata_v2_by_target_key  targetKey 32 | compositeHash 32
 * metadata_v2_by_target_id   metadataType u8 | targetId u64 | compositeHash 32   (also: every entry, by type)
 * metadata_v2_by_scoped_key  scopedMetadataKey u64 | compositeHash 32
 * value (all four)           sourceAddress 25 | targetKey 32 | scopedMetadataKey u64 | metadataType u8 |
 *                            targetId u64 | valueSize u16                         (76 bytes)
 * </pre>
 *
 * The value repeats the entry's whole key and its value size, so a scan of one index applies the other filters and the
 * size sort without cache lookups. {@code metadata_v2_by_target_id}'s key order (type, target id, composite hash) is
 * the search's base order.
 *
 * <p>Every row is a function of one entry alone. The value observer keeps the indexes by {@link #remove removing} the
 * rows of the entry it replaces or drops and {@link #add adding} those of the entry it stores; since a rollback stores
 * back exactly the entry the commit replaced (or drops the one it created), it restores exactly its rows.
 */
public final class MetadataIndexes {
    /** The entries by source address. */
    public static final IndexDescriptor BY_SOURCE = new IndexDescriptor("metadata_v2_by_source");
    /** The entries by target key. */
    public static final IndexDescriptor BY_TARGET_KEY = new IndexDescriptor("metadata_v2_by_target_key");
    /** The entries by type and target id: every entry, in the search's base order. */
    public static final IndexDescriptor BY_TARGET_ID = new IndexDescriptor("metadata_v2_by_target_id");
    /** The entries by scoped metadata key. */
    public static final IndexDescriptor BY_SCOPED_KEY = new IndexDescriptor("metadata_v2_by_scoped_key");
    /** The four, in the order the plugin declares them. */
    public static final List<IndexDescriptor> ALL = List.of(BY_SOURCE, BY_TARGET_KEY, BY_TARGET_ID, BY_SCOPED_KEY);
    /** The size of a row's value. */
    static final int VALUE_SIZE = Address.SIZE + PublicKey.SIZE + 8 + 1 + 8 + 2;

    private MetadataIndexes() {
    }

    /**
     * Adds the rows of an entry the cache now holds.
     *
     * @param state the state being changed
     * @param entry the entry
     */
    public static void add(StateDelta state, MetadataEntry entry) {
        MetadataKey key = entry.key();
        byte[] hash = key.compositeHash().bytes();
        byte[] value = ByteBuffer.allocate(VALUE_SIZE).put(key.sourceAddress().bytes()).put(key.targetKey().bytes())
                .putLong(key.scopedMetadataKey()).put((byte) key.targetType().code()).putLong(key.targetId())
                .putShort((short) entry.valueSize()).array();
        state.index(BY_SOURCE).put(concat(sourcePrefix(key.sourceAddress()), hash), value);
        state.index(BY_TARGET_KEY).put(concat(targetKeyPrefix(key.targetKey()), hash), value);
        state.index(BY_TARGET_ID).put(concat(targetIdPrefix(key.targetType().code(), key.targetId()), hash), value);
        state.index(BY_SCOPED_KEY).put(concat(scopedKeyPrefix(key.scopedMetadataKey()), hash), value);
    }

    /**
     * Removes the rows of an entry the cache is about to replace or drop.
     *
     * @param state the state being changed
     * @param entry the entry as the cache holds it
     */
    public static void remove(StateDelta state, MetadataEntry entry) {
        MetadataKey key = entry.key();
        byte[] hash = key.compositeHash().bytes();
        state.index(BY_SOURCE).remove(concat(sourcePrefix(key.sourceAddress()), hash));
        state.index(BY_TARGET_KEY).remove(concat(targetKeyPrefix(key.targetKey()), hash));
        state.index(BY_TARGET_ID).remove(concat(targetIdPrefix(key.targetType().code(), key.targetId()), hash));
        state.index(BY_SCOPED_KEY).remove(concat(scopedKeyPrefix(key.scopedMetadataKey()), hash));
    }

    private static byte[] concat(byte[] prefix, byte[] hash) {
        byte[] key = Arrays.copyOf(prefix, prefix.length + hash.length);
        System.arraycopy(hash, 0, key, prefix.length, hash.length);
        return key;
    }

    /**
     * @param source a source address
     * @return the prefix of its entries in {@link #BY_SOURCE}
     */
    public static byte[] sourcePrefix(Address source) {
        return source.bytes();
    }

    /**
     * @param targetKey a target key
     * @return the prefix of its entries in {@link #BY_TARGET_KEY}
     */
    public static byte[] targetKeyPrefix(PublicKey targetKey) {
        return targetKey.bytes();
    }

    /**
     * @param type a metadata type's code
     * @return the prefix of the entries of that type in {@link #BY_TARGET_ID}
     */
    public static byte[] typePrefix(int type) {
        return new byte[] {(byte) type};
    }

    /**
     * @param type a metadata type's code
     * @param targetId a target id
     * @return the prefix of the entries of that type and target id in {@link #BY_TARGET_ID}
     */
    public static byte[] targetIdPrefix(int type, long targetId) {
        return ByteBuffer.allocate(9).put((byte) type).putLong(targetId).array();
    }

    /**
     * @param scopedKey a scoped metadata key
     * @return the prefix of its entries in {@link #BY_SCOPED_KEY}
     */
    public static byte[] scopedKeyPrefix(long scopedKey) {
        return ByteBuffer.allocate(8).putLong(scopedKey).array();
    }

    /**
     * @param key a key of any of the four indexes
     * @param value its value
     * @return what the row says
     */
    public static Row row(byte[] key, byte[] value) {
        Hash256 hash = Hash256.of(Arrays.copyOfRange(key, key.length - Hash256.SIZE, key.length));
        ByteBuffer in = ByteBuffer.wrap(value);
        byte[] source = new byte[Address.SIZE];
        in.get(source);
        byte[] target = new byte[PublicKey.SIZE];
        in.get(target);
        long scopedKey = in.getLong();
        int type = in.get() & 0xFF;
        long targetId = in.getLong();
        int valueSize = in.getShort() & 0xFFFF;
        return new Row(hash, Address.of(source), PublicKey.of(target), scopedKey, type, targetId, valueSize);
    }

    /**
     * One row of an index: an entry's key, composite hash and value size.
     *
     * @param compositeHash the entry's cache key
     * @param sourceAddress its source
     * @param targetKey its target key
     * @param scopedMetadataKey its scoped key (uint64)
     * @param metadataType its type's code
     * @param targetId its target id (uint64)
     * @param valueSize its value's size
     */
    public record Row(Hash256 compositeHash, Address sourceAddress, PublicKey targetKey, long scopedMetadataKey,
            int metadataType, long targetId, int valueSize) {
    }
}
